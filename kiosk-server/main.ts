// `npm start`: the kiosk server with its embedded defaults, until SIGINT/SIGTERM.
import { mkdir } from 'node:fs/promises';
import { startCentralSimulator, type RunningSimulator } from './central/simulator.ts';
import { simulatorSettingsFromEnv } from './central/simulator-config.ts';
import { configFromEnv } from './config.ts';
import { createCentral, SIMULATOR_UXP_CLIENT, SIMULATOR_UXP_PROVIDER, type CentralConfig } from './forwarding/central-config.ts';
import { describeBackups } from './backup/describe-backups.ts';
import { DataKeyError } from './store/data-key.ts';
import { createLogger } from './log.ts';
import { startKioskServer } from './server.ts';
import { describeWakeWord, resolveWakeWord } from './wake-word/wake-word-config.ts';
import { checkCertificateDates, tlsExpiryWarning } from './wiring/tls-config.ts';
import { createPrinter, describePrinter } from '../printers/printer-config.ts';
import { CupsPrinter } from '../printers/drivers/cups.ts';

let config: ReturnType<typeof configFromEnv>;
try {
  config = configFromEnv();
  if (config.tls) checkCertificateDates(config.tls, process.env['TLS_CERT'] ?? 'TLS_CERT');
} catch (error) {
  console.error(`Vikno cannot start: ${(error as Error).message}`);
  process.exit(1);
}
const logger = createLogger(config.logLevel);

/** Turns a start-up failure into one line a person can act on. */
function startFailure(error: unknown, what: string, variable: string): never {
  const e = error as NodeJS.ErrnoException & { port?: number };
  if (e.code === 'EADDRINUSE') console.error(`Vikno cannot start: port ${e.port} for the ${what} is in use. Stop the other program or set ${variable}.`);
  else if (e.code === 'EACCES') console.error(`Vikno cannot start: no permission to listen on port ${e.port} for the ${what}. Set ${variable}.`);
  else console.error(`Vikno cannot start the ${what}: ${e.message}`);
  process.exit(1);
}

let simulator: RunningSimulator | undefined;
let simulatorSecret: string | undefined;
if (!config.centralUrl) {
  await mkdir(config.dataDir, { recursive: true });
  let settings: ReturnType<typeof simulatorSettingsFromEnv>;
  try {
    settings = simulatorSettingsFromEnv(process.env, config.dataDir);
  } catch (error) {
    console.error(`Vikno cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
  simulatorSecret = settings.hmacSecret;
  simulator = await startCentralSimulator({ ...settings, port: config.centralSimPort }).catch((error) =>
    startFailure(error, 'central case simulator', 'CENTRAL_SIM_PORT (or CENTRAL_URL)'),
  );
  logger.info({ url: simulator.url }, 'CENTRAL_URL is not set: forwarding to the built-in central case simulator');
}
const centralUrl = config.centralUrl ?? simulator!.url;
// The built-in simulator shares its secret in-process, and has test identities for Трембіта.
const centralConfig: CentralConfig =
  config.central.dialect === 'rest'
    ? { dialect: 'rest', url: centralUrl, hmacSecret: config.central.hmacSecret ?? simulatorSecret!, timeoutMs: config.central.timeoutMs }
    : {
        ...config.central,
        url: centralUrl,
        client: config.central.client ?? SIMULATOR_UXP_CLIENT,
        provider: config.central.provider ?? SIMULATOR_UXP_PROVIDER,
      };
const central = createCentral(centralConfig);

const wakeWord = await resolveWakeWord(config.wakeWord);
const server = await startKioskServer({
  dataDir: config.dataDir,
  kioskId: config.kioskId,
  otherKioskIds: config.otherKioskIds,
  centreName: config.centreName,
  ...(config.centreAddress && { centreAddress: config.centreAddress }),
  port: config.port,
  host: config.host,
  ...(config.tls && { tls: config.tls }),
  logger,
  central,
  ...(config.dataKey && { dataKey: config.dataKey }),
  ...(config.backup && { backup: config.backup }),
  forwarding: {
    alertAfterMs: config.forwardingAlertMs,
    statusPoll: { baseMs: config.statusPollMs, maxMs: Math.max(config.statusPollMs, 6 * 60 * 60_000) },
    retentionMs: config.retentionMs,
  },
  acceptance: config.acceptance,
  timing: config.timing,
  speech: config.speech,
  wakeWord,
  metricsAllow: config.metricsAllow,
  printer: createPrinter(config.printer, config.dataDir, (error) => logger.error({ err: error }, 'receipt not archived as PDF')),
  ...(config.deskPrinter.driver === 'cups' && { deskPrinter: new CupsPrinter({ queue: config.deskPrinter.queue, paper: 'a4' }) }),
}).catch(async (error) => {
  // A data key that is missing or wrong: say so and stop, with the data untouched.
  if (error instanceof DataKeyError) {
    console.error(`Vikno cannot start: ${error.message}`);
    await simulator?.close();
    process.exit(1);
  }
  return startFailure(error, 'kiosk', 'PORT');
});

const voices = server.speech.describe();
const voiceLine = (Object.entries(voices) as [string, string | undefined][]).map(([lang, voice]) => `${lang} → ${voice ?? 'none'}`).join(', ');
const silent = Object.entries(voices)
  .filter(([, voice]) => !voice)
  .map(([lang]) => lang);
if (silent.length) {
  logger.warn({ languages: silent }, 'no voice for the voice guide in these languages');
}
void server.prerendered.then(({ rendered, cached, ms }) => logger.info({ rendered, cached, ms: Math.round(ms) }, 'speech prompts rendered ahead'));
if (!config.backup) logger.warn('BACKUP_DIR is not set: the database is not backed up');
const tlsWarning = config.tls && tlsExpiryWarning(config.tls);
if (tlsWarning) logger.warn(tlsWarning);

const shownHost = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
const scheme = config.tls ? 'https' : 'http';
console.log(`
  Vikno kiosk ${config.kioskId} is running: open ${scheme}://${shownHost}:${server.port}${config.tls ? ` (plain http://127.0.0.1:${server.port} on this machine only)` : ''}${tlsWarning ? `\n  WARNING:     ${tlsWarning}` : ''}
  data:        ${config.dataDir} (receipts in ${config.dataDir}/receipts; personal data sealed with ${server.dataKeyOrigin === 'KIOSK_DATA_KEY' ? 'KIOSK_DATA_KEY' : `the key in ${config.dataDir}/data.key${server.dataKeyOrigin === 'new key file' ? ', made now: back it up' : ''}`})
  backups:     ${await describeBackups(config.backup, config.dataDir)}
  printer:     ${describePrinter(config.printer)}; staff desk: ${config.deskPrinter.driver === 'cups' ? `CUPS queue ${config.deskPrinter.queue}` : `PDF files in ${config.dataDir}/desk-receipts`}
  staff:       ${scheme}://${shownHost}:${server.port}/staff (add an account with npm run staff:add -- <login> [--role admin])
  acceptance:  ${
    config.acceptance.policy === 'desk'
      ? `at the desk (ACCEPTANCE=desk): applications wait for an administrator's «Прийом заяви» in the staff console; not accepted in ${config.acceptance.expireAfterMs / 86_400_000} days, they expire`
      : 'on submit (ACCEPTANCE=kiosk): applications are forwarded without a desk check of identity or signature'
  }
  forwarding:  ${central.description}${simulator ? ` (built-in simulator; received cases at ${simulator.url}/cases)` : ''}
  voice:       ${voiceLine}${silent.length ? `\n               NO VOICE for ${silent.join(', ')}: the voice guide is off there. ${config.speech.engine === 'none' ? 'SPEECH_ENGINE=none turns it off; unset it to speak.' : 'Install espeak-ng (sudo apt-get install espeak-ng) or set SPEECH_ENGINE.'}` : ''}${voices.uk?.startsWith('espeak-ng') ? '\n               a more natural Ukrainian voice: npm run setup:voices (RHVoice)' : ''}
  wake word:   ${describeWakeWord(wakeWord)}
  metrics:     http://${shownHost}:${server.port}/metrics for this machine${config.metricsAllow.length ? ` and ${config.metricsAllow.join(', ')}` : ' only (METRICS_ALLOW adds others)'}
  stop with Ctrl+C
`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  const force = setTimeout(() => {
    logger.error('shutdown took too long; exiting');
    process.exit(1);
  }, 10_000);
  force.unref();
  await server.close();
  await simulator?.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
