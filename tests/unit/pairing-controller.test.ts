// The kiosk's side of pairing on its own: what a code's answer shows, what the server's «not paired» does to the secret
// and to a visit in progress, and that «hello» clears it all.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ERROR_MESSAGES } from '../../protocol/acks.ts';
import { PAIRING_STORAGE_KEY } from '../../protocol/pairing.ts';
import { UI_TEXT } from '../../kiosk-ui/i18n.ts';
import { PairingController } from '../../kiosk-ui/pairing/pairing-controller.ts';
import type { KioskConnection } from '../../kiosk-ui/app/kiosk-connection.ts';
import { fakeConnection, fakeHost, fakeStorage } from './fake-host.ts';

const failed = (code: keyof typeof ERROR_MESSAGES) => ({ ok: false, error: { code, message: ERROR_MESSAGES[code] } });

function pairing(answers: Record<string, unknown> = {}, visit = {}) {
  const host = fakeHost(visit);
  const connection = fakeConnection(answers);
  const socket = { ...connection.socket, auth: { kioskId: 'K02', secret: 'old' } as Record<string, string>, connect: vi.fn(), disconnect: vi.fn() };
  socket.disconnect.mockReturnValue(socket);
  const storage = fakeStorage();
  storage.setItem(PAIRING_STORAGE_KEY, 'old');
  const forgetVisit = vi.fn(() => host.patch({ sessionId: undefined }));
  const controller = new PairingController(host, {
    connection: { request: connection.request, socket } as unknown as Pick<KioskConnection, 'request' | 'socket'>,
    storage,
    forgetVisit,
  });
  controller.hostConnected();
  return { host, controller, connection, socket, storage, forgetVisit };
}

describe('pairing a kiosk screen, on the screen', () => {
  // The error summary is looked up in the page: there is none here, so focus goes to the heading.
  beforeEach(() => vi.stubGlobal('document', { querySelector: () => null }));
  afterEach(() => vi.unstubAllGlobals());

  it('text that is not 8 digits is told without asking the server', async () => {
    const { controller, connection } = pairing();
    await controller.pair('1234');
    expect(controller.error).toEqual(UI_TEXT.pairingEnterCode);
    expect(connection.sent('kiosk:pair')).toEqual([]);
  });

  it('a wrong code is told as the server says it', async () => {
    const { controller, host } = pairing({ 'kiosk:pair': failed('wrong_code') });
    await controller.pair('1234 5678');
    expect(controller.error).toEqual(ERROR_MESSAGES.wrong_code);
    expect(controller.busy).toBe(false);
    expect(host.visit.focusRequest).toBe('heading');
  });

  it('no answer, or a failure on the server, says to try again (not the message about answers)', async () => {
    const { controller } = pairing({ 'kiosk:pair': failed('internal') });
    await controller.pair('1234 5678');
    expect(controller.error).toEqual(UI_TEXT.pairingFailed);
    expect(controller.error).not.toEqual(ERROR_MESSAGES.internal);
  });

  it('a right code keeps the secret and connects again with it', async () => {
    const { controller, storage, socket } = pairing({ 'kiosk:pair': { ok: true, data: { secret: 'new' } } });
    await controller.pair('12345678');
    expect(storage.getItem(PAIRING_STORAGE_KEY)).toBe('new');
    expect(socket.auth).toEqual({ kioskId: 'K02', secret: 'new' });
    expect(socket.connect).toHaveBeenCalled();
    expect(controller.error).toBeUndefined();
  });

  it('unpaired in the middle of a visit: the secret and the visit go, and the page says the answers are gone', async () => {
    const { controller, connection, storage, socket, forgetVisit } = pairing({}, { sessionId: 's-1' });
    connection.fire('kiosk:not-paired', { reason: 'unpaired' });
    expect(controller.notPaired).toBe(true);
    expect(controller.visitCut).toBe(true);
    expect(forgetVisit).toHaveBeenCalled();
    expect(storage.getItem(PAIRING_STORAGE_KEY)).toBeNull();
    expect(socket.auth).toEqual({ kioskId: 'K02' });
    // The server lets the connection go; connected again without a secret, it is told «not paired» once more.
    connection.fire('kiosk:not-paired', { reason: 'none' });
    expect(controller.visitCut).toBe(true);
    // Until someone types a code: the notice was for the person whose visit was cut.
    await controller.pair('12');
    expect(controller.visitCut).toBe(false);
    controller.visitCut = true;
    // Paired again: the notice goes with the page.
    connection.fire('kiosk:hello', {});
    expect(controller.notPaired).toBe(false);
    expect(controller.visitCut).toBe(false);
  });

  it('unpaired while the connection was down, in the middle of a visit: the same notice on reconnecting', () => {
    const { controller, connection } = pairing({}, { sessionId: 's-1' });
    connection.fire('kiosk:not-paired', { reason: 'unknown' });
    expect(controller.visitCut).toBe(true);
  });

  it('unpaired with no visit on the screen, or never paired: no word about answers', () => {
    const idle = pairing();
    idle.connection.fire('kiosk:not-paired', { reason: 'unpaired' });
    expect(idle.controller.visitCut).toBe(false);
    const fresh = pairing({}, { sessionId: 's-1' });
    fresh.connection.fire('kiosk:not-paired', { reason: 'none' });
    expect(fresh.controller.visitCut).toBe(false);
    // A screen never paired keeps whatever it has (it has no secret the server knows of to drop).
    expect(fresh.storage.getItem(PAIRING_STORAGE_KEY)).toBe('old');
  });
});
