// The statuses' words live in the text catalogue; typed here by the protocol's statuses, so a new status needs words.
import type { Localized } from '../../content/localized.ts';
import { STATUS_TEXT as WORDS } from '../../content/text/status.ts';
import type { ApplicationStatus } from '../../protocol/application-status.ts';

export const STATUS_TEXT: Record<ApplicationStatus, { title: Localized; meaning: Localized }> = WORDS;
