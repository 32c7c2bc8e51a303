// Checks a browser test runs on every screen it visits: axe, layout at the current text size, focus.
import type { Locator, Page } from 'playwright-core';
import { MIN_TARGET_GAP_MM, MIN_TARGET_MM, mmToPx } from '../../kiosk-ui/settings/screen.ts';
import { axeViolations } from './browser.ts';

/** Targets ≥ 12.7 mm and gaps ≥ 2.54 mm on the kiosk screen, in CSS px. */
export const MIN_TARGET_PX = mmToPx(MIN_TARGET_MM);
export const MIN_GAP_PX = mmToPx(MIN_TARGET_GAP_MM);

/**
 * Nothing sticks out sideways (no horizontal scrolling at any text size), every control is at least MIN_TARGET_PX
 * square (WCAG 2.5.8 asks 24, issue 4 asks 48 CSS px and 12.7 mm) and no two controls are closer than MIN_GAP_PX.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ minTarget, minGap }) => {
      const problems: string[] = [];
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
      const shown = (el: Element) => el.getClientRects().length > 0 && !el.closest('[hidden], .visually-hidden');
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()} "${(el.textContent?.trim() || (el as HTMLInputElement).labels?.[0]?.textContent?.trim() || el.id).slice(0, 40)}"`;
      for (const el of document.body.querySelectorAll('*')) {
        if (!shown(el)) continue;
        const box = el.getBoundingClientRect();
        if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5))
          problems.push(`${name(el)} sticks out sideways (${Math.round(box.left)}…${Math.round(box.right)} of ${width})`);
      }
      const targets = [...document.querySelectorAll('button, input, textarea, select, a[href]')].filter(shown);
      for (const el of targets) {
        const box = el.getBoundingClientRect();
        if (box.width < minTarget || box.height < minTarget) problems.push(`${name(el)} is ${Math.round(box.width)}×${Math.round(box.height)} px`);
      }
      // The scroll bar is fixed over the page; its own buttons are checked for size only.
      const placed = targets.filter((el) => !el.closest('.scroll-bar')).map((el) => ({ el, box: el.getBoundingClientRect() }));
      for (let i = 0; i < placed.length; i++) {
        for (let j = i + 1; j < placed.length; j++) {
          const a = placed[i]!.box;
          const b = placed[j]!.box;
          const dx = Math.max(0, b.left - a.right, a.left - b.right);
          const dy = Math.max(0, b.top - a.bottom, a.top - b.bottom);
          if (Math.hypot(dx, dy) < minGap) problems.push(`${name(placed[i]!.el)} and ${name(placed[j]!.el)} are ${Math.round(Math.hypot(dx, dy))} px apart`);
        }
      }
      return problems;
    },
    { minTarget: MIN_TARGET_PX, minGap: MIN_GAP_PX },
  );
}

/** axe, plus the enhanced (7:1) contrast rule when a high-contrast theme is on. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const theme = await page.evaluate(() => document.documentElement.dataset['theme']);
  return axeViolations(page, theme === 'contrast-dark' || theme === 'contrast-light' ? ['color-contrast-enhanced'] : []);
}

/** The focused element's outline, to check focus is visible. */
export async function focusOutline(page: Page): Promise<{ tag: string; width: number; style: string; colour: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { tag: el.tagName.toLowerCase(), width: parseFloat(style.outlineWidth), style: style.outlineStyle, colour: style.outlineColor };
  });
}

/** The texts a field is read with after its label (its aria-describedby), in order, as a screen reader says them. */
export async function descriptionsOf(field: Locator): Promise<string[]> {
  return field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? `(no element #${id})`),
  );
}
