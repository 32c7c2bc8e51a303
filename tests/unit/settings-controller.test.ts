import { describe, expect, it, vi } from 'vitest';
import { SettingsController } from '../../kiosk-ui/app/settings-controller.ts';
import { VOLUME_LEVELS } from '../../kiosk-ui/settings/personal-settings.ts';
import { fakeConnection, fakeHost, fakeStorage } from './fake-host.ts';

function setUp() {
  const host = fakeHost();
  const connection = fakeConnection();
  const storage = fakeStorage();
  const apply = vi.fn();
  const speak = vi.fn();
  const settings = new SettingsController(host, { connection: connection as never, storage, apply, speak });
  return { host, connection, storage, apply, speak, settings };
}

describe('personal settings', () => {
  it('a change is put on the page, saved, and reported when the server counts it', () => {
    const { host, connection, storage, apply, settings } = setUp();
    settings.change({ ...host.visit.settings, textSize: '3' });
    expect(host.visit.settings.textSize).toBe('3');
    expect(apply).toHaveBeenCalledWith(host.visit.settings);
    expect(JSON.parse(storage.getItem('vikno.settings')!)).toMatchObject({ textSize: '3' });
    expect(connection.sent('kiosk:settings')).toEqual([{ voiceMode: false, textSize: '3', language: 'uk' }]);
  });

  it('volume is not reported, and back at the defaults nothing is stored', () => {
    const { host, connection, storage, settings } = setUp();
    settings.changeVolume(1);
    settings.changeVolume(-1);
    expect(connection.sent('kiosk:settings')).toEqual([]);
    expect(storage.getItem('vikno.settings')).toBeNull();
    expect(host.visit.keypadStatus).toMatch(/6/);
  });

  it('volume stops at the top and the keypad says where it is', () => {
    const { host, speak, settings } = setUp();
    for (let i = 0; i < VOLUME_LEVELS + 2; i++) settings.changeVolume(1);
    expect(host.visit.settings.volume).toBe(VOLUME_LEVELS - 1);
    expect(speak).toHaveBeenLastCalledWith(host.visit.keypadStatus);
  });

  it('the rate is said with a decimal comma in Ukrainian', () => {
    const { host, settings } = setUp();
    settings.changeRate(1);
    expect(host.visit.keypadStatus).toContain('1,25×');
  });
});
