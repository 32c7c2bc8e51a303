import { describe, expect, it } from 'vitest';
import { freshVisit, restoredVisit, SESSION_KEY } from '../../kiosk-ui/app/visit-state.ts';
import { DEFAULT_SETTINGS } from '../../kiosk-ui/settings/personal-settings.ts';
import { fakeStorage } from './fake-host.ts';

describe('one visit, one object', () => {
  it('a fresh visit is the clean slate: Ukrainian, nothing chosen, default settings', () => {
    const visit = freshVisit();
    expect(visit).toMatchObject({ sessionId: undefined, language: 'uk', view: undefined, overlay: undefined, timedOut: false, staffMessage: '' });
    expect(visit.settings).toEqual(DEFAULT_SETTINGS);
    expect(visit.focusRequest).toBe('heading');
  });

  it('every fresh visit is a new object: nothing is shared with the last one', () => {
    const last = freshVisit();
    last.settings.volume = 9;
    expect(freshVisit().settings.volume).toBe(DEFAULT_SETTINGS.volume);
  });

  it('only the "answers deleted" notice is carried over', () => {
    expect(freshVisit({ timedOut: true })).toEqual({ ...freshVisit(), timedOut: true });
  });

  it('after a reload: the session id and settings from storage', () => {
    const storage = fakeStorage();
    storage.setItem(SESSION_KEY, 's-1');
    storage.setItem('vikno.settings', JSON.stringify({ ...DEFAULT_SETTINGS, voiceMode: true }));
    const visit = restoredVisit(storage);
    expect(visit.sessionId).toBe('s-1');
    expect(visit.settings.voiceMode).toBe(true);
  });
});
