#!/usr/bin/env node
// Installs what `npm start`, `npm test` and `npm run bench` need on a fresh Debian/Ubuntu machine with Node 20, and says
// what it does. Plain Node with no dependencies: it runs before node_modules exists.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const purpose = process.argv[process.argv.indexOf('--for') + 1] ?? 'start';
const say = (message) => console.log(`[setup] ${message}`);

function fail(message) {
  console.error(`[setup] ${message}`);
  process.exit(1);
}

function run(command, args, options = {}) {
  say(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) fail(`"${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal})`);
}

// Node 20.17 or newer: sqlite3 6 needs it.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 17)) fail(`Node ${process.versions.node} is too old: Vikno needs Node 20.17 or newer.`);

// Debian packages: browser tests drive Debian's Chromium; PDF tests read receipts with pdftotext (and QR codes from
// pdftoppm's images); the voice guide speaks with espeak-ng (the kiosk starts without it, silent, and says so).
const ESPEAK = { check: '/usr/bin/espeak-ng', packages: ['espeak-ng'], optional: true };
const DEBIAN_NEEDS = {
  test: [
    { check: '/usr/bin/chromium', packages: ['chromium'] },
    { check: '/usr/bin/pdftotext', packages: ['poppler-utils'] },
    { check: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', packages: ['fonts-dejavu-core'] },
    { ...ESPEAK, optional: false },
    // The CUPS driver's test prints through a real scheduler into PDF files (it starts cupsd itself).
    { check: '/usr/sbin/cupsd', packages: ['cups'] },
    { check: '/usr/lib/cups/backend/cups-pdf', packages: ['printer-driver-cups-pdf'] },
    // promtool checks /metrics and runs the alert rules' unit tests (deploy/prometheus/); the package's server is not run.
    { check: '/usr/bin/promtool', packages: ['prometheus'] },
  ],
  start: [ESPEAK],
};
const missing = (DEBIAN_NEEDS[purpose] ?? []).filter((need) => !existsSync(need.check));
if (missing.length) {
  const packages = [...new Set(missing.flatMap((m) => m.packages))];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if ((!isRoot || !hasApt) && missing.every((m) => m.optional)) {
    say(`not installing ${packages.join(' ')} (not root): the kiosk runs without voice guidance. Install with: sudo apt-get install -y ${packages.join(' ')}`);
  } else if (!isRoot || !hasApt) {
    fail(`missing Debian packages: ${packages.join(' ')}. Install them with: sudo apt-get install -y ${packages.join(' ')}`);
  }
  if (isRoot && hasApt) {
    say(`installing Debian packages for ${purpose}: ${packages.join(', ')}`);
    run('apt-get', ['update'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
}

// npm packages: (re)install when node_modules is missing or was installed from another package-lock.json.
const lockFile = path.join(root, 'package-lock.json');
const stampFile = path.join(root, 'node_modules', '.vikno-installed');
const lockHash = existsSync(lockFile) ? createHash('sha256').update(readFileSync(lockFile)).digest('hex') : 'no-lock';
const installedHash = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
if (installedHash !== lockHash) {
  const command = existsSync(lockFile) ? 'ci' : 'install';
  say(`installing npm packages (npm ${command}); sqlite3 may compile from source, which takes a few minutes`);
  run('npm', [command, '--no-audit', '--no-fund']);
  writeFileSync(stampFile, `${lockHash}\n`);
} else {
  say('npm packages are installed');
}

try {
  execFileSync(process.execPath, ['-e', "require('sqlite3')"], { cwd: root, stdio: 'pipe' });
} catch {
  fail('the sqlite3 module does not load: run "npm rebuild sqlite3" and read its output');
}
say(`ready for npm ${purpose === 'start' ? 'start' : purpose === 'test' ? 'test' : `run ${purpose}`}`);
