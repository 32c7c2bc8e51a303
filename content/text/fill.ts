// Entries that need a number or a name carry {placeholders}; the code fills them, the words stay in the catalogue.
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Whether an entry is a template to fill (and so cannot be spoken ahead as it is). */
export const isTemplate = (text: string): boolean => /\{\w+\}/.test(text);
