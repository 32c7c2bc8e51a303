/** The status check's one field: the application number (its errors name it). */
export const NUMBER_FIELD = 'application-number';
