// Just enough of WAV (RIFF PCM) to make test audio and to check rendered audio: duration and loudness.

export interface WavInfo {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  durationMs: number;
  /** Root mean square of the samples, 0 … 1 (silence is 0). */
  rms: number;
}

function findChunk(wav: Buffer, id: string): { offset: number; size: number } | undefined {
  for (let offset = 12; offset + 8 <= wav.length;) {
    const size = wav.readUInt32LE(offset + 4);
    if (wav.toString('ascii', offset, offset + 4) === id) return { offset: offset + 8, size };
    offset += 8 + size + (size % 2);
  }
  return undefined;
}

export function readWav(wav: Buffer): WavInfo {
  if (wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE') throw new Error('not a WAV file');
  const fmt = findChunk(wav, 'fmt ');
  const data = findChunk(wav, 'data');
  if (!fmt || !data) throw new Error('WAV file without fmt or data');
  const channels = wav.readUInt16LE(fmt.offset + 2);
  const sampleRate = wav.readUInt32LE(fmt.offset + 4);
  const bitsPerSample = wav.readUInt16LE(fmt.offset + 14);
  // espeak-ng writes 0xFFFFFFFF as the data size when streaming to stdout: take what is there.
  const size = Math.min(data.size, wav.length - data.offset);
  const bytes = bitsPerSample / 8;
  const frames = Math.floor(size / (bytes * channels));
  let sum = 0;
  for (let i = 0; i < frames * channels; i++) {
    const at = data.offset + i * bytes;
    const sample = bitsPerSample === 16 ? wav.readInt16LE(at) / 32768 : bitsPerSample === 32 ? wav.readFloatLE(at) : (wav.readUInt8(at) - 128) / 128;
    sum += sample * sample;
  }
  return { sampleRate, channels, bitsPerSample, durationMs: (frames / sampleRate) * 1000, rms: frames ? Math.sqrt(sum / (frames * channels)) : 0 };
}

/** A mono 16-bit WAV of a quiet tone, `durationMs` long: what the fake engine returns. */
export function toneWav(durationMs: number, sampleRate = 16_000): Buffer {
  const frames = Math.round((durationMs / 1000) * sampleRate);
  const wav = Buffer.alloc(44 + frames * 2);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + frames * 2, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(frames * 2, 40);
  for (let i = 0; i < frames; i++) wav.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / sampleRate) * 3000), 44 + i * 2);
  return wav;
}
