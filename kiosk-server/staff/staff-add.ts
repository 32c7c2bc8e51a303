// `npm run staff:add -- <login> [--role admin]`: adds a staff account, or sets a new password (and role) for one that
// exists. The password is asked for twice without echo on a terminal, or read from standard input's first line.
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { configFromEnv } from '../config.ts';
import { DataKeyError } from '../store/data-key.ts';
import { openKioskStore } from '../store/kiosk-store.ts';
import { LOGIN_PATTERN, saveStaffAccount } from './accounts.ts';
import { passwordProblem } from './passwords.ts';

const USAGE = 'usage: npm run staff:add -- <login> [--role staff|admin]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** One line typed without echo (the terminal shows nothing while the password is typed). */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let typed = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stdout.write('\n');
          resolve(typed);
          return;
        }
        if (char === '\u0003') {
          stdin.setRawMode(false);
          process.stdout.write('\n');
          reject(new Error('cancelled'));
          return;
        }
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readStdinLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}

async function readPassword(login: string): Promise<string> {
  if (!process.stdin.isTTY) return readStdinLine();
  const first = await askHidden(`Password for ${login}: `);
  const problem = passwordProblem(first);
  if (problem) fail(problem);
  const second = await askHidden('The same password again: ');
  if (first !== second) fail('the two passwords differ; nothing was saved');
  return first;
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { role: { type: 'string', default: 'staff' } } });
const login = positionals[0]?.toLowerCase();
if (!login || positionals.length > 1) fail(USAGE);
if (!LOGIN_PATTERN.test(login)) fail('the login is 2–40 lower-case Latin letters, digits, dots, hyphens or underscores, e.g. o.petrenko');
if (values.role !== 'staff' && values.role !== 'admin') fail(`the role is staff or admin\n${USAGE}`);

const password = await readPassword(login).catch(() => fail('cancelled; nothing was saved'));
const problem = passwordProblem(password);
if (problem) fail(problem);

let config;
try {
  config = configFromEnv();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
await mkdir(config.dataDir, { recursive: true });
const { store } = await openKioskStore(config.dataDir, config.dataKey).catch((error: unknown) =>
  fail(error instanceof DataKeyError ? `cannot open the kiosk's data: ${error.message}` : String(error)),
);
const outcome = await saveStaffAccount(store.db, login, password, values.role, new Date());
await store.db.close();
console.log(`${outcome === 'added' ? 'Added' : 'Updated'} ${values.role} account "${login}" in ${config.dataDir}. Log in at /staff on the kiosk server.`);
