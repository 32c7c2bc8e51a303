// What the person is told to do after submitting when the desk must accept the application: the same words on the
// screen, in the voice and on the receipt, with the place the centre names (ACCEPTANCE_DESK_TEXT) when it does.
import type { Localized } from '../localized.ts';
import { fillEach } from './fill.ts';

export function deskNextStep(words: { nextStepDesk: Localized; nextStepDeskAt: Localized }, place: string | null): Localized {
  return place ? fillEach(words.nextStepDeskAt, { place }) : words.nextStepDesk;
}
