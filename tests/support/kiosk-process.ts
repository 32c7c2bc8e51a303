// `npm start`'s server as its own process on a data folder, forwarding to a test simulator: for the crash tests.
import type { ChildProcess } from 'node:child_process';
import { TEST_HMAC_SECRET } from './kiosk.ts';
import { printed, startNodeScript } from './node-process.ts';

/** Resolves with the process, its URL and what it printed so far, once it listens. */
export async function startKioskProcess(
  dataDir: string,
  centralUrl: string,
  env: Record<string, string> = {},
  nodeArgs: readonly string[] = [],
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const main = startNodeScript(
    'kiosk-server/main.ts',
    {
      PORT: '0',
      KIOSK_DATA_DIR: dataDir,
      CENTRAL_URL: centralUrl,
      CENTRAL_HMAC_SECRET: TEST_HMAC_SECRET,
      CENTRAL_TIMEOUT_SECONDS: '3',
      SPEECH_ENGINE: 'none',
      LOG_LEVEL: 'silent',
      PICOVOICE_ACCESS_KEY: '',
      ...env,
    },
    nodeArgs,
  );
  const [, port] = await printed(main, /open http:\/\/localhost:(\d+)/, 30_000);
  return { child: main.child, url: `http://127.0.0.1:${port}`, output: main.output };
}
