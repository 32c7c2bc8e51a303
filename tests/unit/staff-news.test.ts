import { describe, expect, it, vi } from 'vitest';
import { StaffNews } from '../../kiosk-ui/app/staff-news.ts';
import type { KioskView } from '../../protocol/views.ts';
import { fakeConnection, fakeHost } from './fake-host.ts';

function setUp(answers: Record<string, unknown> = {}) {
  const host = fakeHost({ sessionId: 's-1' });
  const connection = fakeConnection(answers);
  const deps = {
    openOverlay: vi.fn((overlay) => host.patch({ overlay })),
    closeOverlay: vi.fn(() => host.patch({ overlay: undefined })),
    sayStaffNews: vi.fn(),
    sayStaffMessage: vi.fn(),
    speak: vi.fn(),
    activity: vi.fn(),
    show: vi.fn(),
    focused: () => null,
  };
  const staff = new StaffNews(host, { connection: connection as never, ...deps });
  staff.hostConnected();
  return { host, connection, deps, staff };
}

describe('staff news', () => {
  it('news for another visit is dropped', () => {
    const { host, connection, deps } = setUp();
    connection.fire('staff:message', { sessionId: 's-other', text: 'Hello' });
    connection.fire('help:coming', { sessionId: 's-other' });
    expect(host.visit).toMatchObject({ staffMessage: '', helpComing: false });
    expect(deps.sayStaffMessage).not.toHaveBeenCalled();
  });

  it('a message is shown, captioned and said; OK puts it away', () => {
    const { host, connection, deps, staff } = setUp();
    connection.fire('staff:message', { sessionId: 's-1', text: 'Зачекайте' });
    expect(host.visit).toMatchObject({ staffMessage: 'Зачекайте', staffCaption: true });
    expect(deps.sayStaffMessage).toHaveBeenCalledWith(expect.stringContaining('Зачекайте'));
    staff.dismissMessage();
    expect(host.visit).toMatchObject({ staffMessage: '', staffCaption: false, focusRequest: 'heading' });
  });

  it('a call from the welcome screen is answered only while the page still waits for it', () => {
    const { host, connection } = setUp();
    host.patch({ sessionId: undefined });
    connection.fire('help:coming', { sessionId: null });
    expect(host.visit.helpComing).toBe(false);
    host.patch({ helpCall: 'called' });
    connection.fire('help:coming', { sessionId: null });
    expect(host.visit.helpComing).toBe(true);
  });

  it('asking to help opens the question; withdrawing it closes it and says so', () => {
    const { host, connection, deps } = setUp();
    connection.fire('assist:asked', { sessionId: 's-1' });
    expect(host.visit.overlay).toBe('assist');
    connection.fire('assist:state', { sessionId: 's-1', active: false });
    expect(host.visit.overlay).toBeUndefined();
    expect(deps.sayStaffNews).toHaveBeenCalledTimes(2);
  });

  it('a screen staff answered is shown, or kept under an open page', () => {
    const { host, connection, deps } = setUp();
    const view = { screen: 'question' } as unknown as KioskView;
    connection.fire('visit:view', { sessionId: 's-1', view });
    expect(deps.show).toHaveBeenCalledWith(view);
    host.patch({ overlay: 'help' });
    connection.fire('visit:view', { sessionId: 's-1', view });
    expect(host.visit.view).toBe(view);
  });

  it('calling staff: calling, then called, and said', async () => {
    const { host, connection, deps, staff } = setUp();
    await staff.callStaff();
    expect(connection.sent('help:call')).toEqual([{ sessionId: 's-1' }]);
    expect(host.visit.helpCall).toBe('called');
    expect(deps.speak).toHaveBeenCalledOnce();
  });
});
