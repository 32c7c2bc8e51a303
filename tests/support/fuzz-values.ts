// Seeded random input for the fuzz test: the same seed gives the same events and requests, so a failure reproduces
// (FUZZ_SEED=<seed> npx vitest run tests/integration/fuzz.test.ts).

/** mulberry32: small, fast and good enough to pick inputs; never for anything secret. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Keys that try to reach an object's prototype, and names objects already have. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

export class Fuzz {
  readonly random: () => number;

  constructor(readonly seed: number) {
    this.random = seededRandom(seed);
  }

  int(max: number): number {
    return Math.floor(this.random() * max);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  string(maxLength = 40): string {
    const alphabets = ['abcXYZ019', 'Шевченко їґє', '\u0000\u001f\u200b\ud800\uffff', '<script>"\'`${}', '../%2e%2f\\', '🙂👩‍👩‍👧'];
    const alphabet = [...this.pick(alphabets)];
    return Array.from({ length: this.int(maxLength) }, () => this.pick(alphabet)).join('');
  }

  key(known: readonly string[] = []): string {
    const roll = this.random();
    if (roll < 0.3) return this.pick(PROTOTYPE_KEYS);
    if (roll < 0.7 && known.length) return this.pick(known);
    return this.string(12);
  }

  /** Any JSON-ish value socket.io can carry, up to `depth` levels of nesting; `known` keys are the real field names. */
  value(depth = 4, known: readonly string[] = []): unknown {
    const kinds = depth > 0 ? 12 : 9;
    switch (this.int(kinds)) {
      case 0:
        return null;
      case 1:
        return undefined;
      case 2:
        return this.chance(0.5);
      case 3:
        return this.pick([0, -1, 1.5, Number.MAX_SAFE_INTEGER, -0, 1e308, NaN, Infinity]);
      case 4:
      case 5:
        return this.string();
      case 6:
        return this.pick(['uk', 'en', 'K01', 'one-time-aid', 'applicant-name', 'A'.repeat(16), '', ' ']);
      case 7:
        return this.string(6000);
      case 8:
        return [];
      case 9:
        return Array.from({ length: this.int(5) }, () => this.value(depth - 1, known));
      default:
        return this.object(depth - 1, known);
    }
  }

  object(depth: number, known: readonly string[] = []): Record<string, unknown> {
    // Object.fromEntries makes `__proto__` an own key (as JSON.parse does on the server), not the prototype.
    return Object.fromEntries(Array.from({ length: this.int(6) }, () => [this.key(known), this.value(depth, known)]));
  }

  /** Nesting far deeper than any real payload. */
  deep(levels: number): unknown {
    let value: unknown = 'bottom';
    for (let i = 0; i < levels; i++) value = this.chance(0.5) ? [value] : { [this.key()]: value };
    return value;
  }
}
