import { describe, expect, it, vi } from 'vitest';
import { OverlayFocus } from '../../kiosk-ui/app/overlay-focus.ts';
import { fakeHost } from './fake-host.ts';

function setUp() {
  const host = fakeHost();
  const root = { querySelector: () => null } as unknown as ParentNode;
  const overlays = new OverlayFocus(host, { root, focusQuietly: (move) => move(), announce: vi.fn(), dialogOpen: () => false });
  return { host, overlays };
}

describe('overlays and focus', () => {
  it('opening a page asks for focus on its heading; closing goes back', () => {
    const { host, overlays } = setUp();
    overlays.open('display', null);
    expect(host.visit).toMatchObject({ overlay: 'display', focusRequest: 'heading', returnFocus: undefined });
    overlays.close();
    expect(host.visit).toMatchObject({ overlay: undefined, focusRequest: 'heading' });
  });

  it("staff's question is never covered by another page", () => {
    const { host, overlays } = setUp();
    overlays.open('assist', null);
    overlays.open('help', null);
    expect(host.visit.overlay).toBe('assist');
  });

  it('moving from one page to another keeps where to go back to', () => {
    const { host, overlays } = setUp();
    overlays.open('help', null);
    host.patch({ returnFocus: 'kept' as unknown as HTMLElement });
    overlays.open('leave', null);
    expect(host.visit.returnFocus).toBe('kept');
  });
});
