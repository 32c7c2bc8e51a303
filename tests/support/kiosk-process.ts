// `npm start`'s server as its own process on a data folder, forwarding to a test simulator: for the crash tests.
import type { ChildProcess } from 'node:child_process';
import { TEST_HMAC_SECRET } from './kiosk.ts';
import { printed, startNodeScript } from './node-process.ts';

/** Resolves with the process and its URL once it listens. */
export async function startKioskProcess(dataDir: string, centralUrl: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string }> {
  const main = startNodeScript('kiosk-server/main.ts', {
    PORT: '0',
    KIOSK_DATA_DIR: dataDir,
    CENTRAL_URL: centralUrl,
    CENTRAL_HMAC_SECRET: TEST_HMAC_SECRET,
    CENTRAL_TIMEOUT_SECONDS: '3',
    SPEECH_ENGINE: 'none',
    LOG_LEVEL: 'silent',
    PICOVOICE_ACCESS_KEY: '',
    ...env,
  });
  const [, port] = await printed(main, /open http:\/\/localhost:(\d+)/, 30_000);
  return { child: main.child, url: `http://127.0.0.1:${port}` };
}
