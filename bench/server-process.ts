// The kiosk server as `npm start` runs it, in a process of its own, forwarding to a loopback simulator in this one: its
// CPU time and RSS are the server's alone, read from /proc.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startKioskProcess } from '../tests/support/kiosk-process.ts';
import { startTestSimulator } from '../tests/support/kiosk.ts';

/** Linux's clock ticks per second, the unit of /proc/<pid>/stat's CPU times. */
const CLOCK_TICKS = 100;

export interface ProcessUsage {
  cpuMs: number;
  rssBytes: number;
}

export interface ServerProcess {
  url: string;
  usage(): Promise<ProcessUsage>;
  /** What the server printed so far (standard output and error). */
  output(): string;
  stop(): Promise<void>;
}

async function usageOf(pid: number): Promise<ProcessUsage> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command (which is in brackets and may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuMs = ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return { cpuMs, rssBytes: rssKb * 1024 };
}

/** `nodeArgs`: Node's own options for the server (the soak's --trace-gc). */
export async function startServerProcess(env: Record<string, string> = {}, nodeArgs: readonly string[] = []): Promise<ServerProcess> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'vikno-bench-process-'));
  const simulator = await startTestSimulator(dataDir);
  const { child, url, output } = await startKioskProcess(path.join(dataDir, 'kiosk'), simulator.url, env, nodeArgs);
  return {
    url,
    usage: () => usageOf(child.pid!),
    output,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await simulator.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
