// Rendered speech on disk, keyed by engine, voice, language, rate and the normalised text. Only prompts (texts of the
// content and of the kiosk's own screens) are kept; what a person typed is rendered each time and never written.
// POST /api/speech is open to any machine that reaches the server (the not-connected page is spoken through it), so
// the cache is bounded: past `maxBytes` the clips used longest ago go, and random texts cannot fill the data disk.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SpeechEngine, SpeechRequest } from './speech-engine.ts';

/**
 * Room for every prompt at every speech rate with RHVoice (about 3 200 prompts, 150 KB a clip, seven rates) and to
 * spare; a small part of a kiosk PC's disk, so the database always keeps its room.
 */
export const SPEECH_CACHE_MAX_BYTES = 4 * 1024 ** 3;

export class AudioCache {
  private readonly rendering = new Map<string, Promise<Buffer>>();
  /** Each clip on disk and its size, the one used longest ago first (a Map keeps the order things were set in). */
  private readonly clips = new Map<string, number>();
  private bytes = 0;
  /** Reads what an earlier run left, oldest written first, before the cache is first trimmed. */
  private scanned: Promise<void> | undefined;

  constructor(
    private readonly dir: string,
    private readonly maxBytes = SPEECH_CACHE_MAX_BYTES,
  ) {}

  keyOf(engine: SpeechEngine, request: SpeechRequest): string {
    return createHash('sha256')
      .update([engine.name, request.voice, request.lang, request.rate.toFixed(2), request.text].join('\n'))
      .digest('hex');
  }

  private fileOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.wav`);
  }

  /** Bytes of the clips on disk (once the folder has been read). */
  async size(): Promise<number> {
    await this.scan();
    return this.bytes;
  }

  /** The cached audio, or renders, stores and returns it; two requests for the same text render it once. */
  async get(engine: SpeechEngine, request: SpeechRequest): Promise<{ wav: Buffer; hit: boolean }> {
    const key = this.keyOf(engine, request);
    const file = this.fileOf(key);
    try {
      const wav = await readFile(file);
      this.used(key, wav.length);
      return { wav, hit: true };
    } catch {
      // not cached yet
    }
    let job = this.rendering.get(key);
    if (!job) {
      job = engine.render(request).then(async (wav) => {
        await mkdir(path.dirname(file), { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        await writeFile(temporary, wav);
        await rename(temporary, file);
        await this.scan();
        this.used(key, wav.length);
        await this.trim(key);
        return wav;
      });
      this.rendering.set(key, job);
      void job.finally(() => this.rendering.delete(key)).catch(() => undefined);
    }
    return { wav: await job, hit: false };
  }

  private used(key: string, size: number): void {
    const before = this.clips.get(key);
    if (before !== undefined) {
      this.clips.delete(key);
      this.bytes -= before;
    }
    this.clips.set(key, size);
    this.bytes += size;
  }

  private scan(): Promise<void> {
    this.scanned ??= (async () => {
      const found: { key: string; size: number; at: number }[] = [];
      const folders = await readdir(this.dir).catch(() => [] as string[]);
      for (const folder of folders) {
        const names = await readdir(path.join(this.dir, folder)).catch(() => [] as string[]);
        for (const name of names.filter((n) => n.endsWith('.wav'))) {
          const info = await stat(path.join(this.dir, folder, name)).catch(() => undefined);
          if (info?.isFile()) found.push({ key: name.slice(0, -'.wav'.length), size: info.size, at: info.mtimeMs });
        }
      }
      // Clips used since the scan began are newer than any found on disk: they stay last.
      const usedMeanwhile = [...this.clips];
      this.clips.clear();
      this.bytes = 0;
      for (const clip of found.sort((a, b) => a.at - b.at)) this.used(clip.key, clip.size);
      for (const [key, size] of usedMeanwhile) this.used(key, size);
    })();
    return this.scanned;
  }

  /** Deletes the clips used longest ago until the cache fits; never `kept`, the clip just stored. */
  private async trim(kept: string): Promise<void> {
    for (const [key, size] of this.clips) {
      if (this.bytes <= this.maxBytes) return;
      if (key === kept) continue;
      this.clips.delete(key);
      this.bytes -= size;
      await unlink(this.fileOf(key)).catch(() => undefined);
    }
  }
}
