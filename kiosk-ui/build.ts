// `npm run build:ui`: bundles the kiosk app and the staff console with esbuild (it compiles Lit's standard decorators) into build/ui/.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { displayCss } from './settings/display-css.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
export const UI_OUT_DIR = `${root}build/ui`;

/** The kiosk's stylesheets, in the order they are joined into one kiosk.css (later rules build on earlier ones). */
export const KIOSK_STYLESHEETS = ['base.css', 'controls.css', 'screens.css', 'voice-and-keyboard.css'];

/** The kiosk's one stylesheet, as the page loads it. */
export function kioskCss(): string {
  return KIOSK_STYLESHEETS.map((name) => readFileSync(`${root}kiosk-ui/styles/${name}`, 'utf8')).join('\n');
}

export async function buildUi(): Promise<void> {
  await rm(UI_OUT_DIR, { recursive: true, force: true });
  await mkdir(UI_OUT_DIR, { recursive: true });
  await build({
    entryPoints: { app: `${root}kiosk-ui/main.ts`, staff: `${root}kiosk-ui/staff/staff-main.ts` },
    bundle: true,
    format: 'esm',
    // The optional wake-word engines are loaded on demand, each in a chunk of its own (Porcupine is megabytes).
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    charset: 'utf8',
    outdir: UI_OUT_DIR,
    logLevel: 'warning',
  });
  await copyFile(`${root}kiosk-ui/index.html`, `${UI_OUT_DIR}/index.html`);
  await writeFile(`${UI_OUT_DIR}/kiosk.css`, kioskCss());
  await copyFile(`${root}kiosk-ui/staff/staff.html`, `${UI_OUT_DIR}/staff.html`);
  await copyFile(`${root}kiosk-ui/staff/staff.css`, `${UI_OUT_DIR}/staff.css`);
  await writeFile(`${UI_OUT_DIR}/display.css`, displayCss());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildUi();
  console.log(`kiosk UI built in ${UI_OUT_DIR}`);
}
