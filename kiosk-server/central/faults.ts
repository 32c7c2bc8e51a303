// Faults the central simulator can be told to show, to prove the kiosk delivers through them:
// POST /admin/faults {"errorRate": 0.5, "timeoutRate": 0.1, "latencyMs": 200, "down": false} (each optional; {} clears),
// or the same from CENTRAL_SIM_ERROR_RATE, CENTRAL_SIM_TIMEOUT_RATE, CENTRAL_SIM_LATENCY_MS and CENTRAL_SIM_DOWN.
import { z } from 'zod';

export const FaultsSchema = z.strictObject({
  /** Share of calls answered 503 before anything is stored. */
  errorRate: z.number().min(0).max(1).optional(),
  /** Share of calls never answered; a submission is stored first, so only the answer is lost (the hard case). */
  timeoutRate: z.number().min(0).max(1).optional(),
  /** Added to every call. */
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  /** Every call's connection is dropped, as if the network were cut. */
  down: z.boolean().optional(),
});

export type Faults = Required<z.infer<typeof FaultsSchema>>;
export const NO_FAULTS: Faults = { errorRate: 0, timeoutRate: 0, latencyMs: 0, down: false };

/** `{}` clears every fault; otherwise the given ones are set and the rest cleared, so the body says the whole state. */
export const faultsFrom = (input: z.infer<typeof FaultsSchema>): Faults => ({ ...NO_FAULTS, ...input });

const EnvFaults = z.object({
  CENTRAL_SIM_ERROR_RATE: z.coerce.number().min(0).max(1).optional(),
  CENTRAL_SIM_TIMEOUT_RATE: z.coerce.number().min(0).max(1).optional(),
  CENTRAL_SIM_LATENCY_MS: z.coerce.number().int().min(0).max(120_000).optional(),
  CENTRAL_SIM_DOWN: z.enum(['true', 'false', '1', '0']).optional(),
});

/** The faults set in the environment; a bad value is an error naming the variable. */
export function faultsFromEnv(env: NodeJS.ProcessEnv): Faults {
  const blank = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));
  const parsed = EnvFaults.safeParse(blank);
  if (!parsed.success) throw new Error(`bad configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  const e = parsed.data;
  return faultsFrom({
    ...(e.CENTRAL_SIM_ERROR_RATE !== undefined && { errorRate: e.CENTRAL_SIM_ERROR_RATE }),
    ...(e.CENTRAL_SIM_TIMEOUT_RATE !== undefined && { timeoutRate: e.CENTRAL_SIM_TIMEOUT_RATE }),
    ...(e.CENTRAL_SIM_LATENCY_MS !== undefined && { latencyMs: e.CENTRAL_SIM_LATENCY_MS }),
    ...(e.CENTRAL_SIM_DOWN !== undefined && { down: e.CENTRAL_SIM_DOWN === 'true' || e.CENTRAL_SIM_DOWN === '1' }),
  });
}
