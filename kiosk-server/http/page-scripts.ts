// The kiosk page carries one inline script (the early input script, kiosk-ui/first-screen/): the Content-Security-Policy
// allows it by its hash, read from the built page, and no other inline script.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/** `'sha256-…'` sources for the inline scripts of uiDir/index.html (none when the UI is not built). */
export function inlineScriptSources(uiDir: string): string[] {
  let page: string;
  try {
    page = readFileSync(path.join(uiDir, 'index.html'), 'utf8');
  } catch {
    return [];
  }
  return [...page.matchAll(INLINE_SCRIPT)].map(([, body]) => `'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
}
