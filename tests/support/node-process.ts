// A script of this repository run in a Node process of its own (as `npm start` or `npm run central-sim` run it), with
// what it prints collected.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { eventually } from './eventually.ts';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface NodeProcess {
  child: ChildProcess;
  /** Settles with the exit code. */
  exited: Promise<number | null>;
  /** Standard output and standard error so far, interleaved. */
  output(): string;
}

/** `nodeArgs`: Node's own options, before the script (some, such as --trace-gc, are not allowed in NODE_OPTIONS). */
export function startNodeScript(script: string, env: Record<string, string>, nodeArgs: readonly string[] = []): NodeProcess {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Waits until the process has printed `pattern` (it is starting up, a real process: no clock to move); resolves with the match. */
export async function printed(proc: NodeProcess, pattern: RegExp, timeoutMs = 20_000): Promise<RegExpExecArray> {
  return eventually(() => pattern.exec(proc.output()) ?? undefined, timeoutMs, { intervalMs: 50 }).catch(() => {
    throw new Error(`${pattern} not printed within ${timeoutMs} ms; printed:\n${proc.output()}`);
  });
}
