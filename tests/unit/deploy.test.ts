// What an installer copies from deploy/: the managed Chromium policy locks the screen to the kiosk page, the screen
// launcher starts Chromium in kiosk mode with autoplay (and again when it exits), and the systemd unit is valid.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.ts';
import { REPO_ROOT } from '../support/node-process.ts';

const run = promisify(execFile);
const DEPLOY = path.join(REPO_ROOT, 'deploy');
const LAUNCHER = path.join(DEPLOY, 'kiosk-screen.sh');
const KIOSK_ORIGIN = '127.0.0.1:8080';
const CHROMIUM_BINARY = '/usr/lib/chromium/chromium';
const SYSTEMD_ANALYZE = '/usr/bin/systemd-analyze';

type Policy = Record<string, unknown>;
let policy: Policy;
let dir: string;

beforeAll(async () => {
  policy = JSON.parse(await readFile(path.join(DEPLOY, 'chromium', 'vikno-kiosk.json'), 'utf8')) as Policy;
  dir = await mkdtemp(path.join(tmpdir(), 'vikno-deploy-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * Chromium's URLBlocklist/URLAllowlist decision for the filters used here (host[:port][/path], or "*"): the filter with
 * the longest host wins, then the longest path; on a tie the allow-list wins
 * (https://chromium.org/administrators/url-blocklist-filter-format).
 */
function allowedByPolicy(url: string, blocklist: string[], allowlist: string[]): boolean {
  const target = new URL(url);
  const authority = target.port ? `${target.hostname}:${target.port}` : target.hostname;
  const match = (filter: string) => {
    if (filter === '*') return { host: 0, path: 0 };
    const [, host, filterPath = ''] = /^([^/]+)(\/.*)?$/.exec(filter)!;
    if (host!.includes(':') ? host !== authority : host !== target.hostname) return undefined;
    return target.pathname.startsWith(filterPath) ? { host: host!.length, path: filterPath.length } : undefined;
  };
  const best = (filters: string[]) =>
    filters
      .map(match)
      .reduce<{ host: number; path: number } | undefined>(
        (a, b) => (!b ? a : !a || b.host > a.host || (b.host === a.host && b.path > a.path) ? b : a),
        undefined,
      );
  const block = best(blocklist);
  const allow = best(allowlist);
  if (!allow) return !block;
  if (!block) return true;
  return allow.host > block.host || (allow.host === block.host && allow.path >= block.path);
}

describe('the managed Chromium policy (deploy/chromium/vikno-kiosk.json)', () => {
  it('locks the browser down', () => {
    expect(policy).toMatchObject({
      DeveloperToolsAvailability: 2,
      PrintingEnabled: false,
      DownloadRestrictions: 3,
      PasswordManagerEnabled: false,
      AutofillAddressEnabled: false,
      AutofillCreditCardEnabled: false,
      IncognitoModeAvailability: 1,
      BrowserGuestModeEnabled: false,
      BrowserAddPersonEnabled: false,
      BrowserSignin: 0,
      TaskManagerEndProcessEnabled: false,
      AllowDinosaurEasterEgg: false,
      AllowFileSelectionDialogs: false,
      TranslateEnabled: false,
      FullscreenAllowed: true,
      AutoplayAllowed: true,
      ExtensionInstallBlocklist: ['*'],
    });
    expect(policy['URLBlocklist']).toContain('*');
    expect(policy['URLAllowlist']).toContain(KIOSK_ORIGIN);
    expect(policy['AutoplayAllowlist']).toContain(KIOSK_ORIGIN);
  });

  it('lets the screen reach the kiosk page and its API, and nothing else: not the staff console, not other sites', () => {
    const blocklist = policy['URLBlocklist'] as string[];
    const allowlist = policy['URLAllowlist'] as string[];
    for (const url of ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080/?kiosk=K02', 'http://127.0.0.1:8080/app.js', 'http://localhost:8080/api/speech'])
      expect(allowedByPolicy(url, blocklist, allowlist), url).toBe(true);
    for (const url of [
      'http://127.0.0.1:8080/staff',
      'http://127.0.0.1:8080/staff/applications',
      'http://127.0.0.1:8080/api/staff/login',
      'http://localhost:8080/staff',
      'http://127.0.0.1:8090/cases',
      'https://www.google.com/',
      'http://192.168.1.1/',
    ])
      expect(allowedByPolicy(url, blocklist, allowlist), url).toBe(false);
  });

  it('on a screen of another machine, with the README’s additions, still keeps the staff console and /metrics out', () => {
    const server = '10.0.0.5:8080';
    const allowlist = [...(policy['URLAllowlist'] as string[]), server];
    const blocklist = policy['URLBlocklist'] as string[];
    // The server's origin allowed alone lets every path on it through: the longest host wins over "*"'s paths.
    expect(allowedByPolicy(`http://${server}/staff`, blocklist, allowlist)).toBe(true);
    const withPaths = [...blocklist, `${server}/staff`, `${server}/api/staff`, `${server}/metrics`];
    for (const url of ['/', '/?kiosk=K02', '/app.js', '/api/speech']) expect(allowedByPolicy(`http://${server}${url}`, withPaths, allowlist), url).toBe(true);
    for (const url of ['/staff', '/staff/applications', '/api/staff/login', '/metrics'])
      expect(allowedByPolicy(`http://${server}${url}`, withPaths, allowlist), url).toBe(false);
  });

  it.skipIf(!existsSync(CHROMIUM_BINARY))('has only policies this machine’s Chromium knows (no invented names)', async () => {
    const names = Object.keys(policy);
    // Chromium's policy names are NUL-terminated strings in its binary.
    const { stdout } = await run('grep', ['-aoP', `(?<=\\x00)(${names.join('|')})(?=\\x00)`, CHROMIUM_BINARY], {
      maxBuffer: 1 << 20,
      env: { ...process.env, LC_ALL: 'C' },
    });
    const known = new Set(stdout.split('\n'));
    expect(names.filter((name) => !known.has(name))).toEqual([]);
  });
});

describe('the screen launcher (deploy/kiosk-screen.sh, npm run kiosk-screen)', () => {
  const print = (env: Record<string, string>) => run('sh', [LAUNCHER, '--print'], { env: { ...process.env, HOME: dir, ...env } });

  it('builds the Chromium command line: kiosk mode, autoplay for speech, a profile of its own, the kiosk page', async () => {
    const [chromium, ...args] = (await print({})).stdout.trim().split('\n');
    expect(chromium).toBe('/usr/bin/chromium');
    expect(args).toEqual(
      expect.arrayContaining([
        '--kiosk',
        '--autoplay-policy=no-user-gesture-required',
        '--no-first-run',
        '--disable-pinch',
        '--overscroll-history-navigation=0',
      ]),
    );
    expect(args).toContain(`--user-data-dir=${path.join(dir, '.local', 'state', 'vikno-screen')}`);
    expect(args.at(-1)).toBe('http://127.0.0.1:8080/');
  });

  it('opens the screen of another kiosk id, on another server', async () => {
    const { stdout } = await print({ KIOSK_URL: 'http://192.168.1.10:8080', KIOSK_ID: 'K02', KIOSK_PROFILE_DIR: '/var/lib/screen', CHROMIUM: '/opt/chromium' });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('/opt/chromium');
    expect(lines).toContain('--user-data-dir=/var/lib/screen');
    expect(lines.at(-1)).toBe('http://192.168.1.10:8080/?kiosk=K02');
  });

  it('reads the screen’s settings from ~/.config/vikno-screen.env', async () => {
    const home = path.join(dir, 'screen-home');
    await mkdir(path.join(home, '.config'), { recursive: true });
    await writeFile(path.join(home, '.config', 'vikno-screen.env'), '# the screen of kiosk K03\nKIOSK_URL=http://10.0.0.5:8080/\nKIOSK_ID=K03\n');
    const { stdout } = await print({ HOME: home });
    expect(stdout.trim().split('\n').at(-1)).toBe('http://10.0.0.5:8080/?kiosk=K03');
  });

  it('refuses a bad kiosk id or URL with a message', async () => {
    await expect(print({ KIOSK_ID: 'k 2' })).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('KIOSK_ID') });
    await expect(print({ KIOSK_URL: '127.0.0.1:8080' })).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('KIOSK_URL') });
  });

  it('npm run kiosk-screen and the autostart entry run this launcher', async () => {
    const scripts = (JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['kiosk-screen']).toBe('sh deploy/kiosk-screen.sh');
    expect(await readFile(path.join(DEPLOY, 'autostart', 'vikno-screen.desktop'), 'utf8')).toMatch(
      /^Exec=\/opt\/vikno\/deploy\/kiosk-screen\.sh --keep-running$/m,
    );
  });

  describe('with --keep-running', () => {
    let server: Server;
    beforeAll(async () => {
      // The kiosk server's /healthz, which the launcher waits for.
      server = createServer((req, res) => res.writeHead(req.url === '/healthz' ? 200 : 404).end());
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('starts Chromium again when it exits', { timeout: 30_000 }, async () => {
      const runs = path.join(dir, 'runs.txt');
      const fake = path.join(dir, 'fake-chromium.sh');
      // A browser that dies at once, as a crash would.
      await writeFile(fake, `#!/bin/sh\necho "$*" >> '${runs}'\nexit 1\n`, { mode: 0o755 });
      const launcher = spawn('sh', [LAUNCHER, '--keep-running'], {
        env: { ...process.env, HOME: dir, CHROMIUM: fake, KIOSK_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      launcher.stderr.on('data', (chunk) => (stderr += chunk));
      try {
        const lines = await eventually(async () => {
          const text = await readFile(runs, 'utf8').catch(() => '');
          const started = text.trim().split('\n').filter(Boolean);
          return started.length >= 2 ? started : undefined;
        }, 20_000);
        expect(lines[0]).toContain('--kiosk');
        expect(lines[1]).toBe(lines[0]);
        expect(stderr).toContain('Chromium exited (status 1); starting it again in 2 s');
      } finally {
        launcher.kill('SIGTERM');
      }
    });
  });
});

describe.skipIf(!existsSync(SYSTEMD_ANALYZE))('the systemd unit (deploy/systemd/vikno-server.service)', () => {
  /** systemd-analyze verify on a copy whose ExecStart program exists here (verify checks it): its complaints, if any. */
  async function verify(edit: (unit: string) => string = (unit) => unit): Promise<string> {
    const unit = await readFile(path.join(DEPLOY, 'systemd', 'vikno-server.service'), 'utf8');
    const node = existsSync('/usr/bin/node') ? '/usr/bin/node' : process.execPath;
    const file = path.join(dir, `vikno-server-${Math.random().toString(36).slice(2)}.service`);
    await writeFile(file, edit(unit.replace(/^ExecStart=\/usr\/bin\/node /m, `ExecStart=${node} `)));
    try {
      const { stdout, stderr } = await run(SYSTEMD_ANALYZE, ['verify', file]);
      return `${stdout}${stderr}`.trim();
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; message: string };
      return `${e.stdout ?? ''}${e.stderr ?? ''}`.trim() || e.message;
    } finally {
      await rm(file, { force: true });
    }
  }

  it('is valid: systemd-analyze verify has nothing to say', async () => {
    expect(await verify()).toBe('');
  });

  it('restarts on failure, as its own user, with only the data folder writable', async () => {
    const unit = await readFile(path.join(DEPLOY, 'systemd', 'vikno-server.service'), 'utf8');
    for (const line of [
      'Restart=on-failure',
      'User=vikno',
      'ProtectSystem=strict',
      'ReadWritePaths=/var/lib/vikno',
      'Environment=KIOSK_DATA_DIR=/var/lib/vikno',
      'PrivateTmp=yes',
      'ProtectHome=yes',
      'NoNewPrivileges=yes',
      'EnvironmentFile=/etc/vikno/vikno.env',
      'ExecStart=/usr/bin/node --import tsx kiosk-server/main.ts',
      'WorkingDirectory=/opt/vikno',
    ])
      expect(unit.split('\n'), line).toContain(line);
  });

  it('a broken copy is reported (so the check can fail)', async () => {
    expect(await verify((unit) => unit.replace('Restart=on-failure', 'Restart=sometimes'))).toMatch(/restart specifier.*sometimes/);
    expect(await verify((unit) => unit.replace(/^ExecStart=\S+/m, 'ExecStart=/usr/bin/no-such-node'))).toMatch(/no-such-node/);
    expect(await verify((unit) => `${unit}\nProtectSystm=strict\n`)).toMatch(/Unknown key/);
  });
});
