// Which wake-word engine the kiosk offers, from its configuration. Porcupine is used only when it has everything it
// needs; otherwise there is no wake word, and the start-up report says why.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { PORCUPINE_BUILT_IN_KEYWORDS } from '../../protocol/wake-word.ts';

export type WakeWordConfig =
  | { engine: 'none'; reason: string }
  | {
      engine: 'porcupine';
      accessKey: string;
      /** A built-in keyword's name, or a keyword file (.ppn) trained for WebAssembly in the Picovoice Console. */
      keyword: { builtin: (typeof PORCUPINE_BUILT_IN_KEYWORDS)[number] } | { file: string; label: string };
      /** porcupine_params.pv, Porcupine's model, served to the kiosk page from this file. */
      modelFile: string;
    }
  | { engine: 'fake' };

export interface WakeWordEnv {
  accessKey: string | undefined;
  keyword: string | undefined;
  modelFile: string;
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

export async function resolveWakeWord({ accessKey, keyword, modelFile }: WakeWordEnv): Promise<WakeWordConfig> {
  if (!accessKey) return { engine: 'none', reason: 'PICOVOICE_ACCESS_KEY is not set' };
  if (!keyword) return { engine: 'none', reason: 'WAKE_WORD_KEYWORD is not set' };
  if (!(await exists(modelFile))) {
    return { engine: 'none', reason: `Porcupine's model ${modelFile} is missing (porcupine_params.pv from github.com/Picovoice/porcupine, lib/common)` };
  }
  if (keyword.endsWith('.ppn')) {
    const file = path.resolve(keyword);
    if (!(await exists(file))) return { engine: 'none', reason: `the keyword file ${file} is missing` };
    return { engine: 'porcupine', accessKey, keyword: { file, label: path.basename(file, '.ppn') }, modelFile };
  }
  const builtin = PORCUPINE_BUILT_IN_KEYWORDS.find((name) => name.toLowerCase() === keyword.toLowerCase());
  if (!builtin) {
    return { engine: 'none', reason: `WAKE_WORD_KEYWORD "${keyword}" is neither a .ppn file nor one of ${PORCUPINE_BUILT_IN_KEYWORDS.join(', ')}` };
  }
  return { engine: 'porcupine', accessKey, keyword: { builtin }, modelFile };
}

/** One line for the start-up report. */
export function describeWakeWord(config: WakeWordConfig): string {
  switch (config.engine) {
    case 'none':
      return `off (${config.reason}); voice guidance starts with the voice key or the welcome button`;
    case 'porcupine': {
      const word = 'builtin' in config.keyword ? `"${config.keyword.builtin}"` : config.keyword.file;
      return `Porcupine, keyword ${word} (Picovoice checks the AccessKey online at each start)`;
    }
    case 'fake':
      return 'fake (tests)';
  }
}
