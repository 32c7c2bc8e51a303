// Stand-ins for the app element, the server link, storage and the player, so each controller is tested on its own.
import { vi } from 'vitest';
import type { ReactiveController } from 'lit';
import { freshVisit, type VisitHost, type VisitState } from '../../kiosk-ui/app/visit-state.ts';

export interface FakeHost extends VisitHost {
  controllers: ReactiveController[];
  updates: number;
}

export function fakeHost(visit: Partial<VisitState> = {}): FakeHost {
  const host: FakeHost = {
    visit: { ...freshVisit(), ...visit },
    controllers: [],
    updates: 0,
    addController(controller) {
      host.controllers.push(controller);
    },
    removeController() {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
    patch(change) {
      host.visit = { ...host.visit, ...change };
      host.requestUpdate();
    },
  };
  return host;
}

type Handler = (...args: never[]) => void;

/** A socket that remembers its handlers; `fire` plays an event from the server. */
export function fakeConnection(answers: Record<string, unknown> = {}) {
  const handlers = new Map<string, Handler[]>();
  const request = vi.fn(async (event: string, _payload: unknown) => answers[event] ?? { ok: true, data: null });
  return {
    request,
    socket: {
      on(event: string, handler: Handler) {
        handlers.set(event, [...(handlers.get(event) ?? []), handler]);
      },
    },
    fire(event: string, data?: unknown) {
      for (const handler of handlers.get(event) ?? []) (handler as (d: unknown) => void)(data);
    },
    sent: (event: string) => request.mock.calls.filter(([e]) => e === event).map(([, payload]) => payload),
  };
}

export function fakeStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

export function fakePlayer() {
  return { say: vi.fn(), sayAfter: vi.fn(), repeat: vi.fn(), stop: vi.fn(), reset: vi.fn(), keep: vi.fn(async () => undefined) };
}
