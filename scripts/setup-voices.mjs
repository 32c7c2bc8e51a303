#!/usr/bin/env node
// `npm run setup:voices`: installs RHVoice's Ukrainian and English voices, which sound far more natural than espeak-ng.
// They are in Debian's contrib and non-free components, so this script first adds those to Debian's entries in apt's
// sources (a backup of each file it edits is kept beside it, as <file>.vikno.bak), then installs the packages and says
// which voices now speak. Explicit, because it changes apt's sources; safe to run again (it changes nothing the second
// time). `--dry-run` shows what it would change and does nothing. Plain Node with no dependencies.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addComponents } from './apt-sources.mjs';

const PACKAGES = ['rhvoice', 'rhvoice-ukrainian', 'rhvoice-english'];
const COMPONENTS = ['contrib', 'non-free'];
const APT_DIR = '/etc/apt';
const VOICE_DIRS = ['/usr/share/RHVoice/voices', '/usr/local/share/RHVoice/voices'];
/** The voices the kiosk asks RHVoice for by default (kiosk-server/speech/engines/rhvoice.ts). */
const KIOSK_DEFAULT_VOICES = { uk: 'natalia', en: 'slt' };
const BACKUP_SUFFIX = '.vikno.bak';

const dryRun = process.argv.includes('--dry-run');
const say = (message) => console.log(`[setup:voices] ${message}`);
const apt = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };

function fail(message) {
  console.error(`[setup:voices] ${message}`);
  process.exit(1);
}

function run(command, args) {
  say(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: apt });
  if (result.status !== 0) fail(`"${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal})`);
}

const quiet = (command, args) => spawnSync(command, args, { encoding: 'utf8', env: apt });

/** Packages dpkg has installed, of those asked. */
const installed = (packages) => packages.filter((p) => /^install ok installed$/m.test(quiet('dpkg-query', ['-W', '-f=${Status}\n', p]).stdout ?? ''));

/** apt's source files: sources.list and every *.list and *.sources under sources.list.d. */
function sourceFiles() {
  const files = [];
  if (existsSync(path.join(APT_DIR, 'sources.list'))) files.push(path.join(APT_DIR, 'sources.list'));
  const dir = path.join(APT_DIR, 'sources.list.d');
  if (existsSync(dir)) for (const name of readdirSync(dir).sort()) if (/\.(list|sources)$/.test(name)) files.push(path.join(dir, name));
  return files;
}

/** Writes through a temporary file and a rename, with the original's mode, after keeping the first original as a backup. */
function replaceFile(file, text) {
  const backup = `${file}${BACKUP_SUFFIX}`;
  if (!existsSync(backup)) copyFileSync(file, backup);
  const temporary = `${file}.vikno-tmp`;
  writeFileSync(temporary, text, { mode: statSync(file).mode & 0o777 });
  renameSync(temporary, file);
  return backup;
}

function voicesOnDisk() {
  return VOICE_DIRS.filter((dir) => existsSync(dir)).flatMap((dir) => readdirSync(dir).map((voice) => ({ voice, dir })));
}

/** The language of an RHVoice voice, from its voice.info (`language=Ukrainian`). */
function languageOf({ voice, dir }) {
  const info = path.join(dir, voice, 'voice.info');
  const line = existsSync(info) ? /^language=(.*)$/m.exec(readFileSync(info, 'utf8')) : null;
  return line ? line[1].trim() : 'unknown language';
}

function reportVoices() {
  const voices = voicesOnDisk();
  if (!voices.length) fail('RHVoice has no voices in /usr/share/RHVoice/voices: the packages did not install them.');
  say(`RHVoice voices on this machine: ${voices.map((v) => `${v.voice} (${languageOf(v)})`).join(', ')}`);
  const uk = voices.some((v) => v.voice === KIOSK_DEFAULT_VOICES.uk);
  const en = voices.some((v) => v.voice === KIOSK_DEFAULT_VOICES.en);
  const check = quiet('RHVoice-test', ['-p', KIOSK_DEFAULT_VOICES.uk, '-o', '/dev/null']);
  const works = uk && check.status === 0;
  if (!works) say(`RHVoice-test did not speak with ${KIOSK_DEFAULT_VOICES.uk}: ${(check.stderr || check.error?.message || '').trim()}`);
  say('with SPEECH_ENGINE=auto (the default) the kiosk now speaks:');
  say(`  uk → ${works ? `rhvoice (${KIOSK_DEFAULT_VOICES.uk})` : 'espeak-ng (uk): RHVoice cannot speak Ukrainian here'}`);
  say(`  en → espeak-ng (en-gb)${en ? `; SPEECH_ENGINE=rhvoice speaks English with rhvoice (${KIOSK_DEFAULT_VOICES.en})` : ''}`);
  say('the kiosk renders every prompt ahead again with the new voice at its next start (a few minutes; it speaks at once meanwhile)');
  if (!works) process.exitCode = 1;
}

if (!existsSync('/usr/bin/apt-get')) fail('this installs Debian packages with apt-get; on another system install RHVoice with its Ukrainian voice yourself.');

const already = installed(PACKAGES);
if (already.length === PACKAGES.length) {
  say(`${PACKAGES.join(', ')} are installed; nothing to change`);
  reportVoices();
  process.exit();
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const scanned = sourceFiles().map((file) => ({ file, ...addComponents(file, readFileSync(file, 'utf8'), COMPONENTS) }));
const edits = scanned.filter((edit) => edit.changes.length);
if (!scanned.some((edit) => edit.entries))
  fail("no Debian archive with `main` found in apt's sources (/etc/apt/sources.list, /etc/apt/sources.list.d/): add Debian's contrib and non-free yourself");

if (!edits.length) say(`Debian's ${COMPONENTS.join(' and ')} components are already enabled in apt's sources`);
for (const edit of edits) {
  say(`${dryRun ? 'would change' : 'changing'} ${edit.file}:`);
  for (const change of edit.changes) say(`  ${change}`);
}
if (dryRun) {
  say(`would then run: apt-get update; apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`);
  process.exit();
}
if (!isRoot) fail(`this changes apt's sources and installs packages, so it needs root: sudo npm run setup:voices (or --dry-run to see what it would do)`);

for (const edit of edits) say(`  kept the original as ${replaceFile(edit.file, edit.text)}`);
run('apt-get', ['update']);
const unknown = PACKAGES.filter((p) => !/^Package: /m.test(quiet('apt-cache', ['show', '--no-all-versions', p]).stdout ?? ''));
if (unknown.length) fail(`apt does not know ${unknown.join(', ')} even with contrib and non-free: is this Debian 12 or newer?`);
run('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES]);
reportVoices();
