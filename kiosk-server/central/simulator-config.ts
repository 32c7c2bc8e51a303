// The central simulator's settings from the environment, for `npm run central-sim` and the one `npm start` runs in-process.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_STATUS_CLOCK, type StatusClock } from './case-store.ts';
import { faultsFromEnv, type Faults } from './faults.ts';

const Env = z.object({
  CENTRAL_SIM_PORT: z.coerce.number().int().min(0).max(65535).default(8090),
  CENTRAL_SIM_DB: z.string().min(1).optional(),
  CENTRAL_HMAC_SECRET: z.string().min(16, 'CENTRAL_HMAC_SECRET must be at least 16 characters').optional(),
  CENTRAL_SIM_ALLOWED_CLIENTS: z.string().optional(),
  CENTRAL_SIM_REVIEW_SECONDS: z.coerce
    .number()
    .min(0)
    .default(DEFAULT_STATUS_CLOCK.reviewAfterMs / 1000),
  CENTRAL_SIM_DECISION_SECONDS: z.coerce
    .number()
    .min(0)
    .default(DEFAULT_STATUS_CLOCK.decisionAfterMs / 1000),
  CENTRAL_SIM_REFUSE_RATE: z.coerce.number().min(0).max(1).default(DEFAULT_STATUS_CLOCK.refuseRate),
  CENTRAL_SIM_NO_AMOUNT_RATE: z.coerce.number().min(0).max(1).default(DEFAULT_STATUS_CLOCK.noAmountRate!),
});

export interface SimulatorSettings {
  port: number;
  dbFile: string;
  hmacSecret: string;
  /** True when no secret was configured and one was made for this run. */
  secretGenerated: boolean;
  allowedClients: string[] | undefined;
  faults: Faults;
  statusClock: StatusClock;
}

export function simulatorSettingsFromEnv(env: NodeJS.ProcessEnv, dataDir: string): SimulatorSettings {
  const blank = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));
  const parsed = Env.safeParse(blank);
  if (!parsed.success) throw new Error(`bad configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  const e = parsed.data;
  if (e.CENTRAL_SIM_DECISION_SECONDS < e.CENTRAL_SIM_REVIEW_SECONDS) {
    throw new Error('bad configuration:\n  CENTRAL_SIM_DECISION_SECONDS: the decision cannot come before the review starts (CENTRAL_SIM_REVIEW_SECONDS)');
  }
  return {
    port: e.CENTRAL_SIM_PORT,
    dbFile: path.resolve(e.CENTRAL_SIM_DB ?? path.join(dataDir, 'central-sim.sqlite')),
    hmacSecret: e.CENTRAL_HMAC_SECRET ?? randomBytes(24).toString('base64url'),
    secretGenerated: !e.CENTRAL_HMAC_SECRET,
    allowedClients: e.CENTRAL_SIM_ALLOWED_CLIENTS?.split(',')
      .map((c) => c.trim())
      .filter(Boolean),
    faults: faultsFromEnv(env),
    statusClock: {
      reviewAfterMs: e.CENTRAL_SIM_REVIEW_SECONDS * 1000,
      decisionAfterMs: e.CENTRAL_SIM_DECISION_SECONDS * 1000,
      refuseRate: e.CENTRAL_SIM_REFUSE_RATE,
      noAmountRate: e.CENTRAL_SIM_NO_AMOUNT_RATE,
    },
  };
}
