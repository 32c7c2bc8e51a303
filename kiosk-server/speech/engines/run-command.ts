import { spawn } from 'node:child_process';

/** Runs a program with `input` on stdin and returns its stdout; rejects with its stderr when it fails. */
export function runCommand(command: string, args: string[], input?: string, timeoutMs = 20_000): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], timeout: timeoutMs });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`${command} failed (${code ?? signal}): ${Buffer.concat(err).toString().trim().slice(0, 300)}`));
    });
    child.stdin.on('error', () => undefined); // a program that exits early must not crash the kiosk
    child.stdin.end(input ?? '');
  });
}

/** Whether a program is on the PATH (or at the given path) and runs. */
export async function commandWorks(command: string, args: string[]): Promise<boolean> {
  try {
    await runCommand(command, args, undefined, 5_000);
    return true;
  } catch {
    return false;
  }
}
