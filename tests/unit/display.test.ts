import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../kiosk-ui/settings/contrast.ts';
import { kioskCss } from '../../kiosk-ui/build.ts';
import { displayCss } from '../../kiosk-ui/settings/display-css.ts';
import { FOCUS_SURFACES, MIN_NON_TEXT_CONTRAST, TEXT_PAIRS, TEXT_SIZES, THEMES, DEFAULT_TEXT_SIZE } from '../../kiosk-ui/settings/display.ts';
import { CAP_HEIGHT_PER_EM, MIN_TARGET_GAP_MM, MIN_TARGET_MM, mmToPx, pxToMm } from '../../kiosk-ui/settings/screen.ts';

const require = createRequire(import.meta.url);
const css = kioskCss();
const cssPx = (name: string) => Number(new RegExp(`--${name}:\\s*(\\d+)px`).exec(css)?.[1]);

describe('text sizes', () => {
  it('the cap-height ratio is that of the kiosk font', () => {
    const font = fontkit.create(readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));
    const h = font.glyphForCodePoint('H'.codePointAt(0)!);
    expect(h.bbox.maxY / font.unitsPerEm).toBeCloseTo(CAP_HEIGHT_PER_EM, 4);
  });

  it('four sizes, growing, the largest with capital letters at least 9 mm tall on the kiosk screen', () => {
    expect(TEXT_SIZES.map((s) => s.id)).toEqual(['1', '2', '3', '4']);
    const capMm = TEXT_SIZES.map((s) => pxToMm(s.px * CAP_HEIGHT_PER_EM));
    expect([...capMm].sort((a, b) => a - b)).toEqual(capMm);
    expect(capMm[3]).toBeGreaterThanOrEqual(9);
    // EN 301 549 5.1.4 large text: capital H ≥ 0.7° at 500 mm ≈ 6.1 mm.
    expect(capMm[2]).toBeGreaterThanOrEqual(6.1);
    // The default is already above 24 px.
    expect(TEXT_SIZES.find((s) => s.id === DEFAULT_TEXT_SIZE)!.px).toBeGreaterThanOrEqual(24);
  });

  it('touch targets and their gaps meet 12.7 mm and 2.54 mm on the kiosk screen', () => {
    expect(cssPx('target-min')).toBeGreaterThanOrEqual(mmToPx(MIN_TARGET_MM));
    expect(cssPx('target-gap')).toBeGreaterThanOrEqual(mmToPx(MIN_TARGET_GAP_MM));
  });
});

describe('themes', () => {
  it.each(THEMES.map((t) => [t.id, t] as const))('%s: every text colour reaches its contrast on its background', (_, theme) => {
    for (const [fg, bg] of TEXT_PAIRS) {
      expect(contrastRatio(theme.palette[fg], theme.palette[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(theme.minTextContrast);
    }
  });

  it('both high-contrast themes ask at least 7:1', () => {
    expect(THEMES.filter((t) => t.id !== 'default').map((t) => t.minTextContrast)).toEqual([7, 7]);
  });

  it.each(THEMES.map((t) => [t.id, t] as const))('%s: the focus ring stands out on every surface', (_, theme) => {
    const { palette } = theme;
    for (const surface of FOCUS_SURFACES) {
      const best = Math.max(contrastRatio(palette.focus, palette[surface]), contrastRatio(palette.focusText, palette[surface]));
      expect(best, `focus ring on ${surface}`).toBeGreaterThanOrEqual(MIN_NON_TEXT_CONTRAST);
    }
  });

  it('the generated stylesheet sets every size and every colour of every theme', () => {
    const out = displayCss();
    for (const size of TEXT_SIZES) expect(out).toContain(`--text-size: ${size.px}px`);
    for (const theme of THEMES) {
      expect(out).toContain(`[data-theme="${theme.id}"]`);
      for (const value of Object.values(theme.palette)) expect(out).toContain(value);
    }
  });

  it('the hand-written stylesheet uses only theme colours', () => {
    expect(css.match(/#[0-9a-f]{3,6}\b/gi) ?? []).toEqual([]);
    const used = new Set([...css.matchAll(/var\(--colour-([a-z-]+)\)/g)].map((m) => m[1]));
    const defined = new Set([...displayCss().matchAll(/--colour-([a-z-]+):/g)].map((m) => m[1]));
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
  });
});
