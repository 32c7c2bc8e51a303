// `npm run central-sim`: the central case simulator on its own, on 127.0.0.1:${CENTRAL_SIM_PORT:-8090}.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { startCentralSimulator } from './simulator.ts';
import { simulatorSettingsFromEnv } from './simulator-config.ts';

let settings: ReturnType<typeof simulatorSettingsFromEnv>;
try {
  settings = simulatorSettingsFromEnv(process.env, path.resolve(process.env['KIOSK_DATA_DIR'] || 'var'));
} catch (error) {
  console.error(`The central simulator cannot start: ${(error as Error).message}`);
  process.exit(1);
}
await mkdir(path.dirname(settings.dbFile), { recursive: true });
const simulator = await startCentralSimulator(settings).catch((error: NodeJS.ErrnoException) => {
  console.error(
    `The central simulator cannot start: ${error.code === 'EADDRINUSE' ? `port ${settings.port} is in use (set CENTRAL_SIM_PORT)` : error.message}`,
  );
  process.exit(1);
});
console.log(`
  central case simulator listening at ${simulator.url}
  REST:        POST ${simulator.url}/applications, GET ${simulator.url}/applications/{caseId}
  Трембіта:    POST ${simulator.url}/restapi
  cases:       GET ${simulator.url}/cases (stored in ${settings.dbFile})
  faults:      POST ${simulator.url}/admin/faults ${JSON.stringify(settings.faults)}
  statuses:    under review after ${settings.statusClock.reviewAfterMs / 1000} s, decided after ${settings.statusClock.decisionAfterMs / 1000} s
  HMAC secret: ${settings.secretGenerated ? `${settings.hmacSecret} (made for this run: give the kiosk CENTRAL_HMAC_SECRET=${settings.hmacSecret})` : 'from CENTRAL_HMAC_SECRET'}
`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void simulator.close().then(() => process.exit(0)));
}
