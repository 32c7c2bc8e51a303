import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { registerAckHandlers } from '../../kiosk-server/sockets/ack-handlers.ts';

type Code = 'invalid_payload' | 'internal' | 'not_found';
const MESSAGES = {
  invalid_payload: { uk: 'незрозуміло', en: 'not understood' },
  internal: { uk: 'помилка', en: 'problem' },
  not_found: { uk: 'немає', en: 'not found' },
};

/** A socket that keeps its listeners, so a test can call them as socket.io would. */
function fakeSocket() {
  const listeners = new Map<string, (payload: unknown, ack: unknown) => unknown>();
  return {
    on: (event: string, listener: (payload: unknown, ack: unknown) => unknown) => void listeners.set(event, listener),
    async send(event: string, payload: unknown): Promise<unknown> {
      let answer: unknown;
      await listeners.get(event)!(payload, (result: unknown) => (answer = result));
      return answer;
    },
    listeners,
  };
}

function setUp(options: { before?: () => Promise<boolean> } = {}) {
  const socket = fakeSocket();
  const logger = pino({ level: 'silent' });
  const error = vi.spyOn(logger, 'error');
  const afterSuccess = vi.fn();
  const find = vi.fn(async ({ id }: { id: number }, who: string) =>
    id === 1 ? { ok: true as const, data: `${who} found 1` } : { ok: false as const, code: 'not_found' as const },
  );
  registerAckHandlers<{ find: z.ZodType<{ id: number }>; broken: z.ZodType<object> }, string, Code>(socket, {
    schemas: { find: z.strictObject({ id: z.number().int() }), broken: z.strictObject({}) },
    actions: {
      find,
      broken: () => {
        throw new Error('boom');
      },
    },
    context: () => 'olena',
    messages: MESSAGES,
    logger,
    side: 'test',
    afterSuccess,
    ...options,
  });
  return { socket, find, afterSuccess, error };
}

describe('the validate → act → ack wrapper', () => {
  it('acts on a valid payload with its context, acks the data, then calls afterSuccess', async () => {
    const { socket, afterSuccess } = setUp();
    expect(await socket.send('find', { id: 1 })).toEqual({ ok: true, data: 'olena found 1' });
    expect(afterSuccess).toHaveBeenCalledWith('find', { id: 1 });
  });

  it('acks a failure with its code and message, and skips afterSuccess', async () => {
    const { socket, afterSuccess } = setUp();
    expect(await socket.send('find', { id: 2 })).toEqual({ ok: false, error: { code: 'not_found', message: MESSAGES.not_found } });
    expect(afterSuccess).not.toHaveBeenCalled();
  });

  it('refuses an invalid payload without acting', async () => {
    const { socket, find } = setUp();
    expect(await socket.send('find', { id: 'one' })).toEqual({ ok: false, error: { code: 'invalid_payload', message: MESSAGES.invalid_payload } });
    expect(find).not.toHaveBeenCalled();
  });

  it('answers internal, and logs, when the action throws', async () => {
    const { socket, error } = setUp();
    expect(await socket.send('broken', {})).toEqual({ ok: false, error: { code: 'internal', message: MESSAGES.internal } });
    expect(error).toHaveBeenCalledOnce();
  });

  it('ignores an event sent without an ack callback', async () => {
    const { socket, find } = setUp();
    await socket.listeners.get('find')!({ id: 1 }, undefined);
    expect(find).not.toHaveBeenCalled();
  });

  it('a before-check that says no drops the event unanswered', async () => {
    const { socket, find } = setUp({ before: async () => false });
    expect(await socket.send('find', { id: 1 })).toBeUndefined();
    expect(find).not.toHaveBeenCalled();
  });

  it('answers once even when what follows a success fails, and logs it', async () => {
    const { socket, afterSuccess, error } = setUp();
    afterSuccess.mockImplementation(() => {
      throw new Error('listener broke');
    });
    const answers: unknown[] = [];
    await socket.listeners.get('find')!({ id: 1 }, (result: unknown) => answers.push(result));
    expect(answers).toEqual([{ ok: true, data: 'olena found 1' }]);
    expect(error).toHaveBeenCalledTimes(1);
  });
});
