// `npm run restore -- FILE`: puts a backup back as the kiosk's database, into an empty data folder (KIOSK_DATA_DIR), with
// the data key from KIOSK_DATA_KEY or a data.key put into that folder first. Every refusal says why; the exit code is 1.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { configFromEnv } from '../config.ts';
import { restoreBackup, RestoreError } from './restore.ts';

const USAGE = 'usage: npm run restore -- <backup file>   (into KIOSK_DATA_DIR, which must hold no database)';

function fail(message: string): never {
  console.error(`Vikno cannot restore: ${message}`);
  process.exit(1);
}

let positionals: string[];
try {
  ({ positionals } = parseArgs({ allowPositionals: true, options: {} }));
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (positionals.length !== 1) fail(`name one backup file\n${USAGE}`);

let config: ReturnType<typeof configFromEnv>;
try {
  config = configFromEnv();
} catch (error) {
  fail((error as Error).message);
}

try {
  const file = path.resolve(positionals[0]!);
  const restored = await restoreBackup({ file, dataDir: config.dataDir, envKey: config.dataKey });
  console.log(`Restored ${file}
  into:          ${restored.database}
  schema:        version ${restored.schemaVersion}
  applications:  ${restored.applications} (${restored.notForwarded} not yet forwarded: the kiosk sends them on start; the central system keeps one case for each)
  numbers:       go on ${restored.numbersSkipped} past the last in the backup (numbers given after it are never given again)
  visits:        ${restored.visitsDropped} in progress when the backup was made, dropped (their people have left; nothing of them is kept)
  data key:      ${restored.keyOrigin === 'KIOSK_DATA_KEY' ? 'KIOSK_DATA_KEY' : path.join(config.dataDir, 'data.key')} opens it
Start the kiosk now (npm start, or the service).`);
} catch (error) {
  if (error instanceof RestoreError) fail(error.message);
  fail(`${(error as Error).message}`);
}
