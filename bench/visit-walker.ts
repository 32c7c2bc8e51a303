// One kiosk's visits over socket.io, as a person makes them but quicker: start, choose a service, answer every question
// with valid sample answers (tests/support/socket-walk.ts), then submit or leave. Every request's round trip is timed;
// a pause before each stands for the person reading and tapping.
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import type { Catalogue } from '../content/catalogue.ts';
import type { KioskClient } from '../tests/support/kiosk.ts';
import { request } from '../tests/support/kiosk.ts';
import { answerUntilCheck } from '../tests/support/socket-walk.ts';

export interface WalkerOptions {
  /** The person's pause before each request, in ms (0: none). */
  pauseMs: () => number;
  /** Each request's round trip, in ms (the pause not counted). */
  onRoundTrip?: (ms: number) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A kiosk screen named `kioskId`; reconnects are off, so a dropped connection stops the run. */
export async function connectKiosk(url: string, kioskId: string): Promise<KioskClient> {
  const socket: KioskClient = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, auth: { kioskId } });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

export class VisitWalker {
  /** The socket answerUntilCheck drives: each emit waits the pause, then is timed to its ack. */
  private readonly timed: KioskClient;

  constructor(
    private readonly socket: KioskClient,
    private readonly catalogue: Catalogue,
    options: WalkerOptions,
  ) {
    this.timed = {
      emit: (event: string, payload: unknown, ack: (result: unknown) => void) => {
        const pause = options.pauseMs();
        void (pause > 0 ? sleep(pause) : Promise.resolve()).then(() => {
          const start = performance.now();
          (socket.emit as (e: string, p: unknown, a: (r: unknown) => void) => void)(event, payload, (result) => {
            options.onRoundTrip?.(performance.now() - start);
            ack(result);
          });
        });
      },
    } as unknown as KioskClient;
  }

  private async ok(event: string, payload: unknown) {
    const ack = await request(this.timed, event as never, payload);
    if (!ack.ok) throw new Error(`${event}: ${JSON.stringify(ack.error)}`);
    return ack.data;
  }

  /** One visit for `serviceId`: a whole application submitted, or (`leave`) left after the first question. */
  async visit(serviceId: string, { leave = false } = {}): Promise<'submitted' | 'left'> {
    const { sessionId } = await this.ok('visit:start', { lang: 'uk' });
    let view = await this.ok('services:choose', { sessionId, serviceIds: [serviceId] });
    if (view.screen === 'suggest') view = await this.ok('services:suggested', { sessionId, accepted: [] });
    if (leave) {
      await this.ok('visit:end', { sessionId });
      return 'left';
    }
    const { view: check } = await answerUntilCheck(this.timed, this.catalogue, sessionId, view);
    if (check.screen !== 'check-answers') throw new Error(`${serviceId}: ended on ${check.screen}`);
    const done = await this.ok('application:submit', { sessionId });
    if (done.screen !== 'confirmation') throw new Error(`${serviceId}: submit showed ${done.screen}`);
    await this.ok('visit:end', { sessionId });
    return 'submitted';
  }

  close(): void {
    this.socket.disconnect();
  }
}
