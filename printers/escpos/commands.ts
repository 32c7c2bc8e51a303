// The ESC/POS commands the kiosk uses (Epson ESC/POS reference; supported by the common 80 mm printers).
const ESC = 0x1b;
const GS = 0x1d;
const DLE = 0x10;
const EOT = 0x04;

export const INITIALISE = Buffer.from([ESC, 0x40]);
/** ESC t n: the character code table. */
export const selectCodePage = (n: number) => Buffer.from([ESC, 0x74, n]);
export const bold = (on: boolean) => Buffer.from([ESC, 0x45, on ? 1 : 0]);
/** GS ! n: width and height multipliers, 1–8 each. */
export const characterSize = (width: number, height: number) => Buffer.from([GS, 0x21, ((width - 1) << 4) | (height - 1)]);
export const align = (where: 'left' | 'centre') => Buffer.from([ESC, 0x61, where === 'centre' ? 1 : 0]);
export const LINE_FEED = Buffer.from([0x0a]);
/** GS V 66 n: feed to the cutter and cut, leaving a small hinge (partial cut). */
export const FEED_AND_CUT = Buffer.from([GS, 0x56, 66, 0]);

/** GS ( k: a QR code (model 2, error correction M), `moduleDots` dots per module, printed at once. */
export function qrCode(data: string, moduleDots: number): Buffer {
  const bytes = Buffer.from(data, 'ascii');
  const store = bytes.length + 3;
  return Buffer.concat([
    Buffer.from([GS, 0x28, 0x6b, 4, 0, 0x31, 0x41, 0x32, 0x00]), // model 2
    Buffer.from([GS, 0x28, 0x6b, 3, 0, 0x31, 0x43, moduleDots]), // module size
    Buffer.from([GS, 0x28, 0x6b, 3, 0, 0x31, 0x45, 0x31]), // error correction M
    Buffer.from([GS, 0x28, 0x6b, store & 0xff, store >> 8, 0x31, 0x50, 0x30]), // store the data
    bytes,
    Buffer.from([GS, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30]), // print it
  ]);
}

/** DLE EOT n, real-time status: 1 printer, 2 offline cause, 4 paper roll sensor. Answered at once, even mid-job. */
export const STATUS_QUERIES = [1, 2, 4] as const;
export const statusQuery = (n: (typeof STATUS_QUERIES)[number]) => Buffer.from([DLE, EOT, n]);
