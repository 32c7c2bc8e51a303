import { z } from 'zod';

/** The languages a person can choose at the kiosk. Every user-facing string exists in each. */
export const LANGUAGES = ['uk', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LanguageSchema = z.enum(LANGUAGES);

/** A user-facing string in every kiosk language; a missing or empty locale is a content error. */
export const LocalizedSchema = z.strictObject({
  uk: z.string().trim().min(1, 'the Ukrainian text is missing'),
  en: z.string().trim().min(1, 'the English text is missing'),
});
export type Localized = z.infer<typeof LocalizedSchema>;

export function localized(uk: string, en: string): Localized {
  return { uk, en };
}
