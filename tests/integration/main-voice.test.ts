// `npm start` says which voice speaks each language, and how to get the more natural Ukrainian one when espeak-ng does.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RhVoiceEngine } from '../../kiosk-server/speech/engines/rhvoice.ts';
import { printed, startNodeScript } from '../support/node-process.ts';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'vikno-main-voice-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function startOutput(env: Record<string, string>): Promise<string> {
  const main = startNodeScript('kiosk-server/main.ts', {
    PORT: '0',
    CENTRAL_SIM_PORT: '0',
    KIOSK_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PICOVOICE_ACCESS_KEY: '',
    ...env,
  });
  try {
    await printed(main, /stop with Ctrl\+C/);
    return main.output();
  } finally {
    main.child.kill('SIGTERM');
    await main.exited;
  }
}

const rhvoiceInstalled = !!(await new RhVoiceEngine().voiceFor('uk'));
const HINT = 'a more natural Ukrainian voice: npm run setup:voices (RHVoice)';

describe('npm start names the voice', () => {
  it('with espeak-ng speaking Ukrainian, it says how to get RHVoice', async () => {
    const output = await startOutput({ SPEECH_ENGINE: 'espeak-ng' });
    expect(output).toContain('voice:       uk → espeak-ng (uk), en → espeak-ng (en-gb)');
    expect(output).toContain(HINT);
  });

  it('with SPEECH_ENGINE=none, it says the voice guide is off by that setting, not that espeak-ng is missing', async () => {
    const output = await startOutput({ SPEECH_ENGINE: 'none' });
    expect(output).toContain('NO VOICE for uk, en: the voice guide is off there. SPEECH_ENGINE=none turns it off; unset it to speak.');
    expect(output).not.toContain('Install espeak-ng');
    expect(output).not.toContain(HINT);
  });

  it.skipIf(!rhvoiceInstalled)(
    `with RHVoice installed, auto uses it and says nothing more${rhvoiceInstalled ? '' : ' (skipped: not installed here; npm run setup:voices installs it)'}`,
    async () => {
      const output = await startOutput({ SPEECH_ENGINE: 'auto' });
      expect(output).toContain('voice:       uk → rhvoice (natalia), en → espeak-ng (en-gb)');
      expect(output).not.toContain(HINT);
    },
  );
});
