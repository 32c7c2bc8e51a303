// Adds components (contrib, non-free) to Debian's entries in apt's sources, in both formats: deb822 (`*.sources`,
// Debian 12's default) and the classic one-line format (`sources.list`, `*.list`). Pure functions on the file's text,
// so they are tested on strings; scripts/setup-voices.mjs reads and writes the files.

/** Debian's order of its components; others keep their place after these. */
const DEBIAN_ORDER = ['main', 'contrib', 'non-free', 'non-free-firmware'];

/** Debian's own archive or a mirror of it: a host under debian.org, or a path that is exactly /debian or /debian-security. */
export function isDebianArchive(uri) {
  const match = /^[a-z+]+:\/\/([^/]+)(\/[^\s]*)?$/i.exec(uri.trim());
  if (!match) return false;
  const host = match[1].toLowerCase();
  const urlPath = (match[2] ?? '/').replace(/\/+$/, '');
  return host === 'debian.org' || host.endsWith('.debian.org') || urlPath === '/debian' || urlPath === '/debian-security';
}

function withComponents(existing, wanted) {
  const all = [...existing, ...wanted.filter((c) => !existing.includes(c))];
  const known = DEBIAN_ORDER.filter((c) => all.includes(c));
  return [...known, ...all.filter((c) => !DEBIAN_ORDER.includes(c))];
}

/**
 * deb822: every stanza of type `deb` or `deb-src` for Debian's archive whose Components has `main` gets the wanted
 * components. Returns the new text, one line per stanza changed (the text is unchanged when nothing was missing) and
 * how many Debian entries with `main` there are.
 */
export function addComponentsDeb822(text, wanted = ['contrib', 'non-free']) {
  const lines = text.split('\n');
  const changes = [];
  let entries = 0;
  // Stanzas are separated by blank lines; comment lines belong to no field.
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && lines[end].trim() !== '') end++;
    const fields = new Map();
    let current;
    for (let i = start; i < end; i++) {
      const line = lines[i];
      if (line.startsWith('#')) continue;
      if (/^\s/.test(line) && current) {
        current.last = i;
        current.value += ` ${line.trim()}`;
        continue;
      }
      const field = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
      if (!field) continue;
      current = { first: i, last: i, value: field[2].trim() };
      fields.set(field[1].toLowerCase(), current);
    }
    const types = fields.get('types')?.value.split(/\s+/) ?? [];
    const uris = fields.get('uris')?.value.split(/\s+/) ?? [];
    const components = fields.get('components');
    const enabled = !/^(no|false)$/i.test(fields.get('enabled')?.value ?? 'yes');
    if (enabled && components && types.some((t) => t === 'deb' || t === 'deb-src') && uris.some(isDebianArchive)) {
      const existing = components.value.split(/\s+/).filter(Boolean);
      if (existing.includes('main')) entries++;
      if (existing.includes('main') && wanted.some((c) => !existing.includes(c))) {
        const updated = withComponents(existing, wanted);
        const key = /^([A-Za-z0-9-]+):/.exec(lines[components.first])[1];
        lines.splice(components.first, components.last - components.first + 1, `${key}: ${updated.join(' ')}`);
        end -= components.last - components.first;
        const suites = fields.get('suites')?.value ?? '';
        changes.push(`${uris.join(' ')} ${suites}: Components ${existing.join(' ')} → ${updated.join(' ')}`);
      }
    }
    start = end + 1;
  }
  return { text: lines.join('\n'), changes, entries };
}

/**
 * One-line format: every `deb` or `deb-src` line for Debian's archive with `main` among its components gets the wanted
 * components (options in brackets and a trailing comment are kept). Commented-out lines are left alone.
 */
export function addComponentsOneLine(text, wanted = ['contrib', 'non-free']) {
  const changes = [];
  let entries = 0;
  const lines = text.split('\n').map((line) => {
    const entry = /^(\s*deb(?:-src)?\s+(?:\[[^\]]*\]\s+)?)(\S+)(\s+)(\S+)(\s+)([^#]*?)(\s*#.*)?$/.exec(line);
    if (!entry) return line;
    const [, lead, uri, gap1, suite, gap2, componentText, comment = ''] = entry;
    if (!isDebianArchive(uri)) return line;
    const existing = componentText.split(/\s+/).filter(Boolean);
    if (!existing.includes('main')) return line;
    entries++;
    if (wanted.every((c) => existing.includes(c))) return line;
    const updated = withComponents(existing, wanted);
    changes.push(`${uri} ${suite}: ${existing.join(' ')} → ${updated.join(' ')}`);
    return `${lead}${uri}${gap1}${suite}${gap2}${updated.join(' ')}${comment}`;
  });
  return { text: lines.join('\n'), changes, entries };
}

/** Picks the format by the file's name: `.sources` is deb822, anything else one-line. */
export function addComponents(fileName, text, wanted = ['contrib', 'non-free']) {
  return fileName.endsWith('.sources') ? addComponentsDeb822(text, wanted) : addComponentsOneLine(text, wanted);
}
