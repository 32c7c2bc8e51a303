// The kiosk servers the backup tests start and stop on data folders of their own, all forwarding to one simulator that
// outlives them (as the central system does), and `npm run restore` run as its own process.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { BackupSettings } from '../../kiosk-server/backup/backups.ts';
import { NO_FAULTS } from '../../kiosk-server/central/faults.ts';
import type { RunningSimulator, SimulatedCase } from '../../kiosk-server/central/simulator.ts';
import { startKioskServer, type KioskServer, type KioskServerOptions } from '../../kiosk-server/server.ts';
import type { BackupState } from '../../protocol/staff-events.ts';
import { startTestSimulator, testKioskOptions } from './kiosk.ts';
import { REPO_ROOT } from './node-process.ts';
import { parsePrometheusText, sampleValue } from './prometheus-text.ts';

/** Backups only when a test asks (an hour apart: the tests make them with backupNow). */
export const HOURLY = 3_600_000;

export interface BackupKiosks {
  /** The test file's own folder (made before its first test). */
  readonly dir: string;
  readonly simulator: RunningSimulator;
  /** A folder of its own under the test file's folder. */
  folder(name: string): Promise<string>;
  /** A kiosk server on `dataDir`, closed after the test unless the test stops it first. */
  startKiosk(dataDir: string, dataKey: string | undefined, backup: BackupSettings | undefined, more?: Partial<KioskServerOptions>): Promise<KioskServer>;
  stopKiosk(server: KioskServer): Promise<void>;
  /** The backup as /healthz reports it. */
  health(server: KioskServer): Promise<Omit<BackupState, 'kioskId'>>;
  /** The simulator's cases for one application number. */
  casesFor(number: string): Promise<SimulatedCase[]>;
  /** The backup's two gauges as /metrics has them. */
  backupMetrics(server: KioskServer): Promise<{ failing: number | undefined; ageSeconds: number | undefined }>;
}

/** Registers the file's hooks: the folder and simulator before all, servers closed and faults cleared after each test. */
export function useBackupKiosks(): BackupKiosks {
  let dir: string | undefined;
  let simulator: RunningSimulator | undefined;
  const servers: KioskServer[] = [];
  const made = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is made in beforeAll: use it inside a test or a hook`);
    return value;
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'vikno-backup-'));
    simulator = await startTestSimulator(dir);
  });
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
    simulator?.setFaults(NO_FAULTS);
  });
  afterAll(async () => {
    await simulator?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const kiosks: BackupKiosks = {
    get dir() {
      return made(dir, 'the folder');
    },
    get simulator() {
      return made(simulator, 'the simulator');
    },
    async folder(name) {
      const folder = path.join(kiosks.dir, `${name}-${randomBytes(4).toString('hex')}`);
      await mkdir(folder, { recursive: true });
      return folder;
    },
    async startKiosk(dataDir, dataKey, backup, more = {}) {
      const server = await startKioskServer({
        ...testKioskOptions(dataDir, kiosks.simulator.url),
        forwarding: { backoff: { baseMs: 20, maxMs: 200 } },
        ...(dataKey && { dataKey }),
        ...(backup && { backup }),
        ...more,
      });
      servers.push(server);
      return server;
    },
    async stopKiosk(server) {
      servers.splice(servers.indexOf(server), 1);
      await server.close();
    },
    async health(server) {
      return ((await (await fetch(`${server.url}/healthz`)).json()) as { backup: Omit<BackupState, 'kioskId'> }).backup;
    },
    async casesFor(number) {
      return (await kiosks.simulator.cases()).filter((c) => c.applicationNumber === number);
    },
    async backupMetrics(server) {
      const families = parsePrometheusText(await (await fetch(`${server.url}/metrics`)).text());
      return { failing: sampleValue(families, 'vikno_backup_failing'), ageSeconds: sampleValue(families, 'vikno_backup_age_seconds') };
    },
  };
  return kiosks;
}

/** `npm run restore -- FILE` as its own process; resolves with its exit code and what it printed. */
export function runRestore(file: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'kiosk-server/backup/restore-cli.ts', file], {
    cwd: REPO_ROOT,
    env: { ...process.env, KIOSK_DATA_KEY: '', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}
