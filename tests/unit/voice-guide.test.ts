import { describe, expect, it, vi } from 'vitest';
import { VoiceGuide } from '../../kiosk-ui/app/voice-guide.ts';
import type { PersonalSettings } from '../../kiosk-ui/settings/personal-settings.ts';
import { ui } from '../support/kiosk-page.ts';
import { fakeHost, fakePlayer } from './fake-host.ts';

function setUp(voiceMode = false) {
  const host = fakeHost();
  host.patch({ settings: { ...host.visit.settings, voiceMode } });
  const player = fakePlayer();
  const changeSettings = vi.fn((settings: PersonalSettings) => host.patch({ settings }));
  const openOverlay = vi.fn();
  const closeOverlay = vi.fn();
  const guide = new VoiceGuide(host, { root: new EventTarget(), player, changeSettings, openOverlay, closeOverlay });
  return { host, player, changeSettings, openOverlay, closeOverlay, guide };
}

describe('the voice guide', () => {
  it('speaks only when it is on', () => {
    const off = setUp(false);
    off.guide.speak('Hello');
    expect(off.player.say).not.toHaveBeenCalled();
    const on = setUp(true);
    on.guide.speak('Hello');
    expect(on.player.say).toHaveBeenCalledWith([{ lang: 'uk', parts: [{ text: 'Hello' }], private: false }]);
  });

  it('says the connection is lost and back only when it is on', () => {
    const off = setUp(false);
    off.guide.connectionChanged(false);
    expect(off.player.say).not.toHaveBeenCalled();
    const { player, guide } = setUp(true);
    guide.connectionChanged(false);
    expect(player.say).toHaveBeenCalledWith([{ lang: 'uk', parts: [{ text: ui('uk', 'connectionLost') }], private: false }]);
    guide.connectionChanged(true);
    expect(player.sayAfter).toHaveBeenCalledWith([{ lang: 'uk', parts: [{ text: ui('uk', 'connectionBack') }], private: false }]);
  });

  it('staff news is said even when it is off, and captioned', () => {
    const { host, player, guide } = setUp(false);
    guide.sayStaffNews('Іду');
    expect(player.say).toHaveBeenCalledOnce();
    expect(host.visit.staffCaption).toBe(true);
  });

  it('the voice key turns it on through the headphones question, and off at once', () => {
    const { host, openOverlay, guide } = setUp(false);
    guide.toggle(null);
    expect(host.visit.settings.voiceMode).toBe(true);
    expect(openOverlay).toHaveBeenCalledWith('voice', null);
    guide.on(true);
    expect(host.visit).toMatchObject({ voiceIntro: true, settings: { headphones: true } });
    guide.toggle(null);
    expect(host.visit.settings).toMatchObject({ voiceMode: false, headphones: false });
  });

  it('without a voice for the language, the page opens but nothing is switched on', () => {
    const { host, openOverlay, guide } = setUp(false);
    guide.voices = { uk: false, en: true };
    guide.toggle(null);
    expect(host.visit.settings.voiceMode).toBe(false);
    expect(openOverlay).toHaveBeenCalledOnce();
  });

  it("staff's question is answered first: the voice key does nothing over it", () => {
    const { host, openOverlay, guide } = setUp(false);
    host.patch({ overlay: 'assist' });
    guide.toggle(null);
    expect(openOverlay).not.toHaveBeenCalled();
  });

  it('the blank key blanks the screen and says so', () => {
    const { host, player, guide } = setUp(true);
    guide.toggleBlank();
    expect(host.visit.blank).toBe(true);
    guide.toggleBlank();
    expect(host.visit.blank).toBe(false);
    expect(player.say).toHaveBeenCalledTimes(2);
  });

  it('turning it off forgets what was said', () => {
    const { player, closeOverlay, guide } = setUp(true);
    guide.off();
    expect(player.reset).toHaveBeenCalled();
    expect(closeOverlay).toHaveBeenCalled();
  });
});
