// Whether this screen may act, as the server says: a screen on another machine that is not paired is sent
// `kiosk:not-paired` (never `kiosk:hello`) and shows the not-connected page until a code staff gave pairs it. The secret
// it is given is kept in local storage and sent in the handshake; the screen then connects again, and is let in.
import type { ReactiveController } from 'lit';
import type { Localized } from '../../content/localized.ts';
import { pairingCodeDigits } from '../../protocol/pairing.ts';
import { UI_TEXT } from '../i18n.ts';
import type { KioskConnection } from '../app/kiosk-connection.ts';
import type { VisitHost } from '../app/visit-state.ts';
import { forgetPairingSecret, keepPairingSecret } from './pairing-storage.ts';

export interface PairingDeps {
  connection: Pick<KioskConnection, 'request' | 'socket'>;
  /** Local storage: the secret lives there. */
  storage: Storage;
  /** Drops whatever visit the screen showed (it was unpaired in the middle of one). */
  forgetVisit(): void;
}

export class PairingController implements ReactiveController {
  /** Not a person's: the server said this screen must be paired first. */
  notPaired = false;
  busy = false;
  /** Why the last code did not pair. */
  error: Localized | undefined;
  /** Staff unpaired the screen in the middle of someone's visit: the page says first that their answers are gone. */
  visitCut = false;

  constructor(
    private readonly host: VisitHost,
    private readonly deps: PairingDeps,
  ) {
    host.addController(this);
  }

  private patch(change: Partial<Pick<PairingController, 'notPaired' | 'busy' | 'error' | 'visitCut'>>): void {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    const { socket } = this.deps.connection;
    socket.on('kiosk:not-paired', ({ reason }) => {
      // The server knows this secret no more (unpaired, now or while the screen was off): it is of no use.
      if (reason !== 'none') this.dropSecret();
      // A visit is gone if the screen was unpaired now, or while the connection was down (`unknown` on reconnecting).
      // The notice outlives the «not paired» the server sends again when the screen reconnects.
      const visitCut = (this.notPaired && this.visitCut) || (reason !== 'none' && !!this.host.visit.sessionId);
      this.deps.forgetVisit();
      this.patch({ notPaired: true, busy: false, error: undefined, visitCut });
      this.host.patch({ focusRequest: 'heading' });
    });
    socket.on('kiosk:hello', () => {
      if (!this.notPaired) return;
      this.patch({ notPaired: false, error: undefined, visitCut: false });
      this.host.patch({ focusRequest: 'heading' });
    });
    // Unpaired by staff, the server let this connection go: connect again, now as a screen to pair.
    socket.on('disconnect', (reason) => {
      if (reason === 'io server disconnect' && this.notPaired) socket.connect();
    });
  }

  private dropSecret(): void {
    forgetPairingSecret(this.deps.storage);
    const { socket } = this.deps.connection;
    const { secret: _secret, ...auth } = socket.auth as Record<string, string>;
    socket.auth = auth;
  }

  /** The code as typed: paired, the screen keeps its secret and connects again with it (the welcome screen follows). */
  async pair(text: string): Promise<void> {
    if (this.busy) return;
    // Someone is pairing the screen now: the notice was for the person whose visit was cut.
    if (this.visitCut) this.patch({ visitCut: false });
    if (!pairingCodeDigits(text)) {
      await this.fail(UI_TEXT.pairingEnterCode);
      return;
    }
    this.patch({ busy: true });
    const ack = await this.deps.connection.request('kiosk:pair', { code: text });
    if (!ack.ok) {
      this.patch({ busy: false });
      // No answer, or the server failed: the person is told to try again (the kiosk's own message speaks of answers).
      await this.fail(ack.error.code === 'internal' ? UI_TEXT.pairingFailed : ack.error.message);
      return;
    }
    keepPairingSecret(this.deps.storage, ack.data.secret);
    const { socket } = this.deps.connection;
    socket.auth = { ...(socket.auth as Record<string, string>), secret: ack.data.secret };
    this.patch({ busy: false });
    socket.disconnect().connect();
  }

  /** The error summary takes focus; the voice guide, when on, says the screen with its error. */
  private async fail(message: Localized): Promise<void> {
    this.patch({ error: message });
    await this.host.updateComplete;
    const summary = document.querySelector<HTMLElement>('#error-summary');
    this.host.patch({ focusRequest: summary ?? 'heading' });
  }
}
