// `npm start`: the kiosk server with its embedded defaults, until SIGINT/SIGTERM.
import { startCentralSimulator, type RunningSimulator } from './central/simulator.ts';
import { configFromEnv } from './config.ts';
import { createLogger } from './log.ts';
import { startKioskServer } from './server.ts';
import { describeWakeWord, resolveWakeWord } from './wake-word/wake-word-config.ts';
import { createPrinter, describePrinter } from '../printers/printer-config.ts';

let config: ReturnType<typeof configFromEnv>;
try {
  config = configFromEnv();
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
if (!config.centralUrl) {
  simulator = await startCentralSimulator(config.centralSimPort).catch((error) => startFailure(error, 'central case simulator', 'CENTRAL_SIM_PORT (or CENTRAL_URL)'));
  logger.info({ url: simulator.url }, 'CENTRAL_URL is not set: forwarding to the built-in central case simulator');
}
const centralUrl = config.centralUrl ?? simulator!.url;

const wakeWord = await resolveWakeWord(config.wakeWord);
const server = await startKioskServer({
  dataDir: config.dataDir,
  kioskId: config.kioskId,
  centreName: config.centreName,
  ...(config.centreAddress && { centreAddress: config.centreAddress }),
  port: config.port,
  host: config.host,
  logger,
  central: { url: centralUrl },
  timing: config.timing,
  speech: config.speech,
  wakeWord,
  printer: createPrinter(config.printer, config.dataDir, (error) => logger.error({ err: error }, 'receipt not archived as PDF')),
}).catch((error) => startFailure(error, 'kiosk', 'PORT'));

const voices = server.speech.describe();
const voiceLine = (Object.entries(voices) as [string, string | undefined][])
  .map(([lang, voice]) => `${lang} → ${voice ?? 'none'}`)
  .join(', ');
const silent = Object.entries(voices).filter(([, voice]) => !voice).map(([lang]) => lang);
if (silent.length) {
  logger.warn({ languages: silent }, 'no voice for the voice guide in these languages');
}
void server.prerendered.then(({ rendered, ms }) => logger.info({ rendered, ms: Math.round(ms) }, 'speech prompts rendered ahead'));

const shownHost = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
console.log(`
  Vikno kiosk ${config.kioskId} is running: open http://${shownHost}:${server.port}
  data:        ${config.dataDir} (receipts in ${config.dataDir}/receipts)
  printer:     ${describePrinter(config.printer)}
  forwarding:  ${centralUrl}${simulator ? ` (built-in simulator; received cases at ${simulator.url}/cases)` : ''}
  voice:       ${voiceLine}${silent.length ? `\n               NO VOICE for ${silent.join(', ')}: the voice guide is off there. Install espeak-ng (sudo apt-get install espeak-ng) or set SPEECH_ENGINE.` : ''}
  wake word:   ${describeWakeWord(wakeWord)}
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
