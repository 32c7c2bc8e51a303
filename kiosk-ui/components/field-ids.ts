/** Element ids for a field, shared by the inputs, their hints and errors, and the error summary links. */
export const inputIdFor = (fieldId: string) => `field-${fieldId}`;
export const hintIdFor = (fieldId: string) => `field-${fieldId}-hint`;
export const errorIdFor = (fieldId: string) => `field-${fieldId}-error`;

/** A page's ids for its fields: the kiosk's, or another page's (the staff console's assistance form) with its own prefix. */
export interface FieldIds {
  input(fieldId: string): string;
  hint(fieldId: string): string;
  error(fieldId: string): string;
}

export const KIOSK_FIELD_IDS: FieldIds = { input: inputIdFor, hint: hintIdFor, error: errorIdFor };

export const fieldIdsWith = (prefix: string): FieldIds => ({
  input: (fieldId) => `${prefix}-${fieldId}`,
  hint: (fieldId) => `${prefix}-${fieldId}-hint`,
  error: (fieldId) => `${prefix}-${fieldId}-error`,
});
