// Rendered speech on disk, keyed by engine, voice, language, rate and the normalised text. Only prompts (texts of the
// content and of the kiosk's own screens) are kept; what a person typed is rendered each time and never written.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SpeechEngine, SpeechRequest } from './speech-engine.ts';

export class AudioCache {
  private readonly rendering = new Map<string, Promise<Buffer>>();

  constructor(private readonly dir: string) {}

  keyOf(engine: SpeechEngine, request: SpeechRequest): string {
    return createHash('sha256')
      .update([engine.name, request.voice, request.lang, request.rate.toFixed(2), request.text].join('\n'))
      .digest('hex');
  }

  private fileOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.wav`);
  }

  /** The cached audio, or renders, stores and returns it; two requests for the same text render it once. */
  async get(engine: SpeechEngine, request: SpeechRequest): Promise<{ wav: Buffer; hit: boolean }> {
    const key = this.keyOf(engine, request);
    const file = this.fileOf(key);
    try {
      const wav = await readFile(file);
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
        return wav;
      });
      this.rendering.set(key, job);
      void job.finally(() => this.rendering.delete(key)).catch(() => undefined);
    }
    return { wav: await job, hit: false };
  }
}
