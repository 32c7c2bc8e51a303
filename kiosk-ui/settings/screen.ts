// The physical screen the kiosk's sizes are designed for. Millimetre requirements (text height, target size) are turned
// into CSS pixels with this one constant; a centre with another monitor changes it here and the unit tests recheck.

export const KIOSK_SCREEN = {
  description: '21.5-inch full-HD touch monitor (1920 × 1080, 102.5 pixels per inch), browser zoom 100 %',
  diagonalInches: 21.5,
  widthPx: 1920,
  heightPx: 1080,
  devicePixelRatio: 1,
} as const;

/** Pixels per inch of the assumed screen: √(1920² + 1080²) / 21.5 ≈ 102.5. */
export const SCREEN_PPI = Math.hypot(KIOSK_SCREEN.widthPx, KIOSK_SCREEN.heightPx) / KIOSK_SCREEN.diagonalInches;

/** How tall one CSS pixel is on that screen (≈ 0.248 mm). */
export const MM_PER_CSS_PX = 25.4 / SCREEN_PPI / KIOSK_SCREEN.devicePixelRatio;

export const mmToPx = (mm: number): number => mm / MM_PER_CSS_PX;
export const pxToMm = (px: number): number => px * MM_PER_CSS_PX;

/** Height of a capital letter as a share of the font size in DejaVu Sans, the kiosk's font ("H" is 1493 of 2048 units). */
export const CAP_HEIGHT_PER_EM = 1493 / 2048;

/** EN 301 549 / VxMark: "touch targets ≥ 12.7 mm with ≥ 2.54 mm gaps". */
export const MIN_TARGET_MM = 12.7;
export const MIN_TARGET_GAP_MM = 2.54;
