// Every word the app itself says (service content brings its own), by area, each entry in every kiosk language.
import { DISPLAY_TEXT } from './display.ts';
import { KIOSK_ERROR_MESSAGES, NO_ANSWER, STAFF_ERROR_MESSAGES } from './errors.ts';
import { ACTION_LABELS, ALPHABET_NAMES, KEYBOARD_TEXT, SIGN_NAMES } from './keyboard.ts';
import { FIELD_TYPE_HELP } from './field-help.ts';
import { KEYPAD_TEXT } from './keypad.ts';
import { KIOSK_TEXT } from './kiosk.ts';
import { RECEIPT_WORDS } from './receipt.ts';
import { STAFF_TEXT } from './staff.ts';
import { DECISION_TEXT, REFUSAL_REASONS, STATUS_TEXT } from './status.ts';
import { VALIDATION_TEXT } from './validation.ts';
import { VOICE_TEXT } from './voice.ts';

export const TEXT = {
  kiosk: KIOSK_TEXT,
  voice: VOICE_TEXT,
  display: DISPLAY_TEXT,
  keypad: KEYPAD_TEXT,
  keyboard: { words: KEYBOARD_TEXT, actions: ACTION_LABELS, alphabets: ALPHABET_NAMES, signs: SIGN_NAMES },
  status: { statuses: STATUS_TEXT, refusalReasons: REFUSAL_REASONS, decision: DECISION_TEXT },
  validation: VALIDATION_TEXT,
  fieldHelp: FIELD_TYPE_HELP,
  errors: { kiosk: KIOSK_ERROR_MESSAGES, staff: STAFF_ERROR_MESSAGES, noAnswer: NO_ANSWER },
  staff: STAFF_TEXT,
  receipt: RECEIPT_WORDS,
} as const;
