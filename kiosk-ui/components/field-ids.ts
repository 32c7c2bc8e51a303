/** Element ids for a field, shared by the inputs, their hints and errors, and the error summary links. */
export const inputIdFor = (fieldId: string) => `field-${fieldId}`;
export const hintIdFor = (fieldId: string) => `field-${fieldId}-hint`;
export const errorIdFor = (fieldId: string) => `field-${fieldId}-error`;
