// The centre's kiosks as staff see them: which screens are connected, whether someone is in a visit and on which step
// (its heading only), and how the person set the kiosk up. Never an answer.
import type { Language } from '../../content/localized.ts';
import type { PrinterStatus } from '../../protocol/printer-status.ts';
import type { KioskState } from '../../protocol/staff-api.ts';
import type { Clock } from '../clock.ts';
import type { DomainEventBus } from '../events/domain-events.ts';
import type { Visits } from '../visits.ts';

export interface KioskScreenSettings {
  voiceMode: boolean;
  textSize: string;
  language: Language;
}

interface KnownKiosk {
  /** Connected screens (socket ids); more than one when a kiosk reloads before its old connection is gone. */
  sockets: Set<string>;
  /** The visit on the kiosk now. */
  sessionId: string | undefined;
  settings: KioskScreenSettings;
  lastSeen: Date | null;
  /** Who is helping there (told by remote assistance's events). */
  assistance: KioskState['assistance'];
}

const DEFAULT_SCREEN: KioskScreenSettings = { voiceMode: false, textSize: '2', language: 'uk' };

export interface KioskPresenceOptions {
  /** The kiosks this server serves: always listed, even before their screens connect. */
  kioskIds: string[];
  visits: Visits;
  clock: Clock;
  printerStatus: () => PrinterStatus | undefined;
  /** Told `kiosks:changed` whenever something staff see changes (the broadcaster gathers them). */
  events: DomainEventBus;
}

export class KioskPresence {
  private readonly kiosks = new Map<string, KnownKiosk>();

  constructor(private readonly options: KioskPresenceOptions) {
    for (const kioskId of options.kioskIds) this.kiosk(kioskId);
    const { events } = options;
    // A step moved on a kiosk, or the printer changed: the list shows it.
    events.on('visit:moved', () => this.changed());
    events.on('printer:status', () => this.changed());
    events.on('assist:changed', ({ kioskId, assistance }) => {
      this.kiosk(kioskId).assistance = assistance;
      this.changed();
    });
  }

  private changed(): void {
    this.options.events.emit('kiosks:changed', {});
  }

  private kiosk(kioskId: string): KnownKiosk {
    let kiosk = this.kiosks.get(kioskId);
    if (!kiosk) {
      kiosk = { sockets: new Set(), sessionId: undefined, settings: { ...DEFAULT_SCREEN }, lastSeen: null, assistance: null };
      this.kiosks.set(kioskId, kiosk);
    }
    return kiosk;
  }

  connected(kioskId: string, socketId: string): void {
    const kiosk = this.kiosk(kioskId);
    kiosk.sockets.add(socketId);
    kiosk.lastSeen = this.options.clock.now();
    this.changed();
  }

  disconnected(kioskId: string, socketId: string): void {
    const kiosk = this.kiosk(kioskId);
    kiosk.sockets.delete(socketId);
    kiosk.lastSeen = this.options.clock.now();
    this.changed();
  }

  /** The kiosk's visit began or resumed. */
  visit(kioskId: string, sessionId: string): void {
    this.kiosk(kioskId).sessionId = sessionId;
    this.changed();
  }

  /** A visit ended: the kiosk is free, unless that was not its current visit (an old page's late goodbye). */
  visitEnded(kioskId: string, sessionId: string): void {
    const kiosk = this.kiosk(kioskId);
    if (kiosk.sessionId !== sessionId) return;
    kiosk.sessionId = undefined;
    kiosk.settings = { ...DEFAULT_SCREEN };
    this.changed();
  }

  sessionOf(kioskId: string): string | undefined {
    const sessionId = this.kiosks.get(kioskId)?.sessionId;
    return sessionId && this.options.visits.has(sessionId) ? sessionId : undefined;
  }

  settings(kioskId: string, settings: KioskScreenSettings): void {
    this.kiosk(kioskId).settings = settings;
    this.changed();
  }

  has(kioskId: string): boolean {
    return this.kiosks.has(kioskId);
  }

  states(): KioskState[] {
    const printer = this.options.printerStatus() ?? null;
    return [...this.kiosks]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kioskId, kiosk]) => {
        const sessionId = this.sessionOf(kioskId);
        const where = this.options.visits.whereIs(sessionId, { touch: false });
        return {
          kioskId,
          online: kiosk.sockets.size > 0,
          inVisit: sessionId !== undefined,
          screen: where.screen,
          stepTitle: where.stepTitle,
          voiceMode: kiosk.settings.voiceMode,
          textSize: kiosk.settings.textSize,
          language: kiosk.settings.language,
          printer,
          assistance: kiosk.assistance,
          lastSeen: kiosk.lastSeen?.toISOString() ?? null,
        };
      });
  }
}
