// Writes the text sizes and themes of display.ts as CSS custom properties on <html data-text-size data-theme>.
import { THEMES, TEXT_SIZES, DEFAULT_TEXT_SIZE, DEFAULT_THEME, type Palette } from './display.ts';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function paletteVars(palette: Palette): string {
  return Object.entries(palette)
    .map(([name, value]) => `  --colour-${kebab(name)}: ${value};`)
    .join('\n');
}

export function displayCss(): string {
  const sizes = TEXT_SIZES.map((size) => {
    const selector = size.id === DEFAULT_TEXT_SIZE ? `:root, :root[data-text-size="${size.id}"]` : `:root[data-text-size="${size.id}"]`;
    return `${selector} {\n  --text-size: ${size.px}px;\n}`;
  });
  const themes = THEMES.map((theme) => {
    const selector = theme.id === DEFAULT_THEME ? `:root, :root[data-theme="${theme.id}"]` : `:root[data-theme="${theme.id}"]`;
    return `${selector} {\n  color-scheme: ${theme.id === 'contrast-dark' ? 'dark' : 'light'};\n${paletteVars(theme.palette)}\n}`;
  });
  // Each choice on the settings screen shows itself: its size, its colours.
  const samples = TEXT_SIZES.map((size) => `.size-sample-${size.id} {\n  font-size: ${size.px}px;\n}`);
  const swatches = THEMES.map(
    (theme) =>
      `.theme-swatch-${theme.id} {\n  color: ${theme.palette.text};\n  background: ${theme.palette.background};\n  border-color: ${theme.palette.border};\n}`,
  );
  return `/* Generated from kiosk-ui/settings/display.ts by kiosk-ui/build.ts. */\n${[...sizes, ...themes, ...samples, ...swatches].join('\n')}\n`;
}
