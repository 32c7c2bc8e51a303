// Cyrillic on ESC/POS printers: the code page is chosen per printer (its self-test page lists them and their numbers).
// WPC1251 and PC1125 both have і, ї, є, ґ; PC866 has neither і nor ґ, so they are printed as Latin i and г.
import iconv from 'iconv-lite';

export const CODE_PAGES = {
  /** Windows-1251: Epson and most Chinese printers number it 46. */
  wpc1251: { encoding: 'cp1251', defaultNumber: 46 },
  /** PC1125 (RUSCII, the Ukrainian DOS page): the number differs between printers; set ESCPOS_CODE_PAGE_NUMBER. */
  pc1125: { encoding: 'cp1125', defaultNumber: 44 },
  /** PC866 (Russian DOS): Epson number 17. */
  pc866: { encoding: 'cp866', defaultNumber: 17 },
} as const;

export type CodePageName = keyof typeof CODE_PAGES;

/** Marks the printer's fonts may lack, as plain characters every Cyrillic code page has. */
const PLAIN: Record<string, string> = {
  '•': '-',
  '☐': '[ ]',
  '—': '-',
  '–': '-',
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '’': "'",
  ʼ: "'",
  '…': '...',
  '\u00a0': ' ',
};
const PC866_MISSING: Record<string, string> = { і: 'i', І: 'I', ґ: 'г', Ґ: 'Г' };

export function encodeForPrinter(text: string, codePage: CodePageName): Buffer {
  let plain = [...text].map((c) => PLAIN[c] ?? c).join('');
  if (codePage === 'pc866') plain = [...plain].map((c) => PC866_MISSING[c] ?? c).join('');
  return iconv.encode(plain, CODE_PAGES[codePage].encoding);
}
