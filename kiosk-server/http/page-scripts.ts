// The kiosk page carries one inline script (the page script, kiosk-ui/first-screen/): the Content-Security-Policy
// allows it by its hash, read from the built page, and no other inline script. Read again when the page is rebuilt
// (`npm run build:ui` while the server runs), so a new page is never blocked by an old hash.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/** A CSP source list for helmet: the `'sha256-…'` of each inline script of uiDir/index.html (none when it is not built). */
export function inlineScriptSources(uiDir: string): () => string {
  const file = path.join(uiDir, 'index.html');
  let read: { mtimeMs: number; sources: string } | undefined;
  return () => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return '';
    }
    if (read?.mtimeMs !== mtimeMs) {
      const page = readFileSync(file, 'utf8');
      const hashes = [...page.matchAll(INLINE_SCRIPT)].map(([, body]) => `'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
      read = { mtimeMs, sources: hashes.join(' ') };
    }
    return read.sources;
  };
}
