// `npm start`: the kiosk server with its embedded defaults, until SIGINT/SIGTERM.
import { startCentralSimulator, type RunningSimulator } from './central/simulator.ts';
import { configFromEnv } from './config.ts';
import { createLogger } from './log.ts';
import { startKioskServer } from './server.ts';

let config: ReturnType<typeof configFromEnv>;
try {
  config = configFromEnv();
} catch (error) {
  console.error(`Vikno cannot start: ${(error as Error).message}`);
  process.exit(1);
}
const logger = createLogger(config.logLevel);

let simulator: RunningSimulator | undefined;
if (!config.centralUrl) {
  simulator = await startCentralSimulator(config.centralSimPort);
  logger.info({ url: simulator.url }, 'CENTRAL_URL is not set: forwarding to the built-in central case simulator');
}
const centralUrl = config.centralUrl ?? simulator!.url;

const server = await startKioskServer({
  dataDir: config.dataDir,
  kioskId: config.kioskId,
  centreName: config.centreName,
  port: config.port,
  host: config.host,
  logger,
  central: { url: centralUrl },
});

const shownHost = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
console.log(`
  Vikno kiosk ${config.kioskId} is running: open http://${shownHost}:${server.port}
  data:        ${config.dataDir} (receipts in ${config.dataDir}/receipts)
  forwarding:  ${centralUrl}${simulator ? ` (built-in simulator; received cases at ${simulator.url}/cases)` : ''}
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
