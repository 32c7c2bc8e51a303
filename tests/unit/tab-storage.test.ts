import { describe, expect, it } from 'vitest';
import { tabStorage } from '../../kiosk-ui/app/tab-storage.ts';
import { TAB_KEEPS_NAME } from '../../kiosk-ui/first-screen/early-input-queue.ts';
import { fakeStorage } from './fake-host.ts';

describe("the tab's name says whether its session storage keeps anything (read by the page's early script)", () => {
  it('is set by the first thing kept and cleared with the last', () => {
    const tab = { name: '' };
    const storage = tabStorage(fakeStorage(), tab);
    storage.setItem('vikno.session', 'abc');
    expect(tab.name).toBe(TAB_KEEPS_NAME);
    storage.setItem('vikno.settings', '{}');
    storage.removeItem('vikno.session');
    expect(tab.name).toBe(TAB_KEEPS_NAME);
    storage.removeItem('vikno.settings');
    expect(tab.name).toBe('');
    storage.setItem('vikno.session', 'def');
    storage.clear();
    expect(tab.name).toBe('');
  });

  it('says what a storage brought over a reload holds, and corrects a name left stale', () => {
    const kept = fakeStorage();
    kept.setItem('vikno.session', 'abc');
    const tab = { name: '' };
    tabStorage(kept, tab);
    expect(tab.name).toBe(TAB_KEEPS_NAME);
    const stale = { name: TAB_KEEPS_NAME };
    tabStorage(fakeStorage(), stale);
    expect(stale.name).toBe('');
  });

  it('reads and writes through to the storage itself', () => {
    const inner = fakeStorage();
    const storage = tabStorage(inner, { name: '' });
    storage.setItem('a', '1');
    expect(inner.getItem('a')).toBe('1');
    expect(storage.getItem('a')).toBe('1');
    expect(storage.length).toBe(1);
    expect(storage.key(0)).toBe('a');
  });

  it('leaves a name that is not its own alone when nothing is kept', () => {
    const tab = { name: 'kiosk-window' };
    tabStorage(fakeStorage(), tab).removeItem('x');
    expect(tab.name).toBe('kiosk-window');
  });
});
