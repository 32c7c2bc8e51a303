// A snapshot of everything the kiosk page holds: every own field and accessor of the app element and of what it holds
// (its controllers, the visit, the player, the timer …), found by walking them, not listed; plus session and local storage
// and the tab's name.
import type { Page } from 'playwright-core';

export interface PageState {
  app: unknown;
  sessionStorage: Record<string, string>;
  /** Only ever the screen's pairing secret (a screen on another machine); nothing of a visit. */
  localStorage: Record<string, string>;
  /** The tab's name: it says whether session storage keeps anything (kiosk-ui/app/tab-storage.ts). */
  tabName: string;
  html: { lang: string; data: Record<string, string | undefined> };
  text: string;
}

/** Read in the page. Only what may differ between two pages without being anyone's is left out, each with its reason. */
export function pageState(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    const app = document.querySelector('vikno-app') as unknown as Record<string, unknown>;
    // The link to the server: socket ids and request counters, the same for everybody.
    const connection = app['connection'];
    // Lit's own bookkeeping on the element (update promises, parts); not the app's state.
    const litInternal = (key: string) => key.startsWith('_') || ['renderOptions', 'isUpdatePending', 'hasUpdated'].includes(key);
    // The player's count of what it has started: it only ever grows, and says nothing of what was said.
    const counters = new Set(['generation']);
    const seen = new Set<unknown>();
    const read = (value: unknown, depth: number): unknown => {
      if (value === undefined || value === null || typeof value !== 'object') return typeof value === 'function' ? '[function]' : value;
      if (value === connection) return '[connection]';
      if (value instanceof Node) return `[${value.nodeName}]`;
      if (value instanceof Storage) return '[storage]';
      if (value instanceof Promise) return '[promise]';
      if (seen.has(value)) return '[seen]';
      if (depth > 8) return '[deep]';
      seen.add(value);
      if (Array.isArray(value)) return value.map((v) => read(v, depth + 1));
      if (value instanceof Map) return [...value].map(([k, v]) => [read(k, depth + 1), read(v, depth + 1)]);
      if (value instanceof Set) return [...value].map((v) => read(v, depth + 1));
      const out: Record<string, unknown> = {};
      const source = value as Record<string, unknown>;
      for (const key of Object.keys(source)) if (!counters.has(key)) out[key] = read(source[key], depth + 1);
      // Accessors (Lit's `@state() accessor`, getters): read through the prototypes, up to the platform's own.
      for (
        let proto = Object.getPrototypeOf(value);
        proto && proto !== Object.prototype && proto !== HTMLElement.prototype;
        proto = Object.getPrototypeOf(proto)
      ) {
        for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(proto)))
          if (d.get && !(key in out)) out[key] = read(d.get.call(value), depth + 1);
      }
      return out;
    };
    const own: Record<string, unknown> = {};
    seen.add(app);
    for (const key of Object.keys(app)) if (!litInternal(key)) own[key] = read(app[key], 1);
    for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(Object.getPrototypeOf(app)))) if (d.get) own[key] = read(d.get.call(app), 1);
    const entries = (store: Storage) => Object.fromEntries(Array.from({ length: store.length }, (_, i) => [store.key(i)!, store.getItem(store.key(i)!)!]));
    // How the person drove the kiosk (touch or keys) is the device's, not a visit's.
    const { input: _input, ...data } = document.documentElement.dataset;
    return {
      app: own,
      sessionStorage: entries(sessionStorage),
      localStorage: entries(localStorage),
      tabName: window.name,
      html: { lang: document.documentElement.lang, data: { ...data } },
      text: (app as unknown as HTMLElement).textContent!.replace(/\s+/g, ' ').trim(),
    };
  });
}
