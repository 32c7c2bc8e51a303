// Acks and their error messages, apart from the zod schemas so the kiosk UI bundle does not carry zod.
import type { Localized } from '../content/localized.ts';
import { KIOSK_ERROR_MESSAGES } from '../content/text/errors.ts';

/** An event's answer: its data, or an error with a code and a message in both languages (staff events have codes of their own). */
export type Ack<T, Code extends string = ErrorCode> = { ok: true; data: T } | { ok: false; error: { code: Code; message: Localized } };

export type ErrorCode =
  | 'invalid_payload'
  | 'session_not_found'
  | 'not_found'
  | 'stale_step'
  | 'not_ready'
  | 'invalid_choice'
  | 'invalid_number'
  | 'unknown_application'
  | 'rate_limited'
  | 'not_paired'
  | 'wrong_code'
  | 'too_many_codes'
  | 'already_paired'
  | 'not_saved'
  | 'internal';

/** The words live in the text catalogue; typed here so every code has its message. */
export const ERROR_MESSAGES: Record<ErrorCode, Localized> = KIOSK_ERROR_MESSAGES;
