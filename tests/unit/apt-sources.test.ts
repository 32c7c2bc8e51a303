// `npm run setup:voices` adds Debian's contrib and non-free to apt's sources: the editing, on strings, in both formats.
import { describe, expect, it } from 'vitest';
import { addComponents, addComponentsDeb822, addComponentsOneLine, isDebianArchive } from '../../scripts/apt-sources.mjs';

/** Debian 12's own /etc/apt/sources.list.d/debian.sources (as on this machine, with comments inside stanzas). */
const DEB822 = `Types: deb
# http://snapshot.debian.org/archive/debian/20250520T000000Z
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main non-free-firmware
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: https://deb.nodesource.com/node_20.x
Suites: nodistro
Components: main

Types: deb deb-src
URIs: http://ftp.ua.debian.org/debian/
Suites: bookworm
Components: main
Enabled: no
`;

const ONE_LINE = `# deb cdrom:[Debian GNU/Linux 12]/ bookworm main
deb http://deb.debian.org/debian bookworm main
deb-src http://deb.debian.org/debian bookworm main
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://security.debian.org/debian-security bookworm-security main non-free-firmware # security
deb http://mirror.example.net/debian/ bookworm-updates main contrib
deb https://packages.microsoft.com/debian/12/prod bookworm main
deb http://archive.ubuntu.com/ubuntu noble main restricted
`;

describe('apt sources: Debian entries get contrib and non-free', () => {
  it('deb822: the Components of every enabled Debian stanza, in Debian order, and nothing else', () => {
    const { text, changes, entries } = addComponentsDeb822(DEB822);
    expect(text.split('\n').filter((line) => line.startsWith('Components:'))).toEqual([
      'Components: main contrib non-free',
      'Components: main contrib non-free non-free-firmware',
      'Components: main', // not Debian's archive
      'Components: main', // Enabled: no
    ]);
    expect(changes).toHaveLength(2);
    expect(changes[0]).toContain('http://deb.debian.org/debian bookworm bookworm-updates');
    expect(entries).toBe(2);
    // Comments and the other fields are kept as they were.
    expect(text).toContain('# http://snapshot.debian.org/archive/debian/20250520T000000Z\nURIs: http://deb.debian.org/debian');
    expect(text.replace(/^Components:.*$/gm, '')).toBe(DEB822.replace(/^Components:.*$/gm, ''));
  });

  it('deb822: a Components field continued on the next line', () => {
    const { text } = addComponentsDeb822(
      'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: trixie\nComponents: main\n non-free-firmware\nSigned-By: x\n',
    );
    expect(text).toBe('Types: deb\nURIs: http://deb.debian.org/debian\nSuites: trixie\nComponents: main contrib non-free non-free-firmware\nSigned-By: x\n');
  });

  it('one-line format: deb and deb-src lines of Debian archives and mirrors, options and comments kept', () => {
    const { text, changes, entries } = addComponentsOneLine(ONE_LINE);
    expect(text.split('\n')).toEqual([
      '# deb cdrom:[Debian GNU/Linux 12]/ bookworm main',
      'deb http://deb.debian.org/debian bookworm main contrib non-free',
      'deb-src http://deb.debian.org/debian bookworm main contrib non-free',
      'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://security.debian.org/debian-security bookworm-security main contrib non-free non-free-firmware # security',
      'deb http://mirror.example.net/debian/ bookworm-updates main contrib non-free',
      'deb https://packages.microsoft.com/debian/12/prod bookworm main',
      'deb http://archive.ubuntu.com/ubuntu noble main restricted',
      '',
    ]);
    expect(changes).toHaveLength(4);
    expect(entries).toBe(4);
  });

  it('is idempotent: a second run changes nothing and reports nothing', () => {
    for (const [name, original] of [
      ['debian.sources', DEB822],
      ['sources.list', ONE_LINE],
    ] as const) {
      const once = addComponents(name, original);
      expect(once.changes.length, name).toBeGreaterThan(0);
      const twice = addComponents(name, once.text);
      expect(twice.text, name).toBe(once.text);
      expect(twice.changes, name).toEqual([]);
      expect(twice.entries, name).toBe(once.entries);
    }
  });

  it('a file without Debian entries is left alone and has no entries', () => {
    expect(addComponents('nodesource.sources', 'Types: deb\nURIs: https://deb.nodesource.com/node_20.x\nSuites: nodistro\nComponents: main\n')).toMatchObject({
      changes: [],
      entries: 0,
    });
    expect(addComponents('google.list', 'deb https://packages.cloud.google.com/apt cloud-sdk main\n')).toMatchObject({ changes: [], entries: 0 });
  });

  it.each([
    ['http://deb.debian.org/debian', true],
    ['https://security.debian.org/debian-security/', true],
    ['http://ftp.ua.debian.org/debian', true],
    ['http://mirror.example.net/debian/', true],
    ['https://packages.microsoft.com/debian/12/prod', false],
    ['https://deb.nodesource.com/node_20.x', false],
    ['cdrom:[Debian]/', false],
  ])('%s is Debian’s archive: %s', (uri, expected) => {
    expect(isDebianArchive(uri)).toBe(expected);
  });
});
