import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let cache: { regular: Uint8Array; bold: Uint8Array } | undefined;

/** DejaVu Sans covers Ukrainian (і, ї, є, ґ) and the ₴ sign; read once, embedded as a subset in every PDF. */
export function dejaVuSans(): { regular: Uint8Array; bold: Uint8Array } {
  cache ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return cache;
}
