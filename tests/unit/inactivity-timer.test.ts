import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InactivityTimer, type TimeoutPhase } from '../../kiosk-ui/app/inactivity-timer.ts';
import { DEFAULT_TIMING, timeoutPlan, TIMEOUT_WARNING_SECONDS } from '../../protocol/timing.ts';

let phases: TimeoutPhase[];
let timer: InactivityTimer;

beforeEach(() => {
  vi.useFakeTimers();
  phases = [];
  timer = new InactivityTimer((phase) => phases.push(phase));
});

afterEach(() => {
  timer.disarm();
  vi.useRealTimers();
});

const announced = () => phases.filter((p): p is Extract<TimeoutPhase, { kind: 'warning' }> => p.kind === 'warning' && p.announce).map((p) => p.secondsLeft);

describe('timeout plan', () => {
  it('defaults to 2 minutes, then a countdown of at least 60 s', () => {
    expect(timeoutPlan(DEFAULT_TIMING, { voiceMode: false })).toEqual({ idleMs: 120_000, warningMs: TIMEOUT_WARNING_SECONDS * 1000 });
    expect(TIMEOUT_WARNING_SECONDS).toBeGreaterThanOrEqual(60);
  });

  it('a service can ask for longer, and the voice mode doubles both waits', () => {
    expect(timeoutPlan(DEFAULT_TIMING, { screenIdleSeconds: 180, voiceMode: false }).idleMs).toBe(180_000);
    expect(timeoutPlan(DEFAULT_TIMING, { screenIdleSeconds: 180, voiceMode: true })).toEqual({
      idleMs: 360_000,
      warningMs: 2 * TIMEOUT_WARNING_SECONDS * 1000,
    });
  });

  it('after the confirmation the shorter pause applies', () => {
    expect(timeoutPlan(DEFAULT_TIMING, { confirmation: true, voiceMode: false }).idleMs).toBe(DEFAULT_TIMING.confirmationSeconds * 1000);
  });
});

describe('inactivity timer', () => {
  it('warns after the quiet time, counts down, announces at 90, 60, 30 and 10 s left, then expires', () => {
    timer.arm({ idleMs: 120_000, warningMs: 90_000 });
    vi.advanceTimersByTime(119_000);
    expect(phases.some((p) => p.kind === 'warning')).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(phases.at(-1)).toEqual({ kind: 'warning', secondsLeft: 90, announce: true });
    vi.advanceTimersByTime(89_000);
    expect(phases.at(-1)).toMatchObject({ kind: 'warning', secondsLeft: 1 });
    expect(announced()).toEqual([90, 60, 30, 10]);
    vi.advanceTimersByTime(1_000);
    expect(phases.at(-1)).toEqual({ kind: 'expired' });
  });

  it('a touch during the quiet time starts it again', () => {
    timer.arm({ idleMs: 10_000, warningMs: 60_000 });
    vi.advanceTimersByTime(9_000);
    timer.activity();
    vi.advanceTimersByTime(9_000);
    expect(phases.some((p) => p.kind === 'warning')).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(phases.at(-1)?.kind).toBe('warning');
  });

  it('during the warning only "continue" counts; it gives the full time back', () => {
    timer.arm({ idleMs: 10_000, warningMs: 60_000 });
    vi.advanceTimersByTime(10_000);
    timer.activity();
    vi.advanceTimersByTime(30_000);
    expect(phases.at(-1)).toMatchObject({ kind: 'warning', secondsLeft: 30 });
    timer.extend();
    expect(phases.at(-1)).toEqual({ kind: 'quiet' });
    vi.advanceTimersByTime(69_000);
    expect(phases.some((p) => p.kind === 'expired')).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(phases.at(-1)).toEqual({ kind: 'expired' });
  });

  it('disarmed, it never fires', () => {
    timer.arm({ idleMs: 1_000, warningMs: 1_000 });
    timer.disarm();
    vi.advanceTimersByTime(10_000);
    expect(phases.filter((p) => p.kind !== 'quiet')).toEqual([]);
  });
});
