// The wake word for the kiosk page: GET /api/wake-word says which engine to run, Porcupine's model and keyword files are
// served from the kiosk itself, and POST /api/wake-word/report puts whether it started in the log for staff.
import express, { type Router } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { WAKE_WORD_KEYWORD_PATH, WAKE_WORD_MODEL_PATH, type WakeWordSetup } from '../../protocol/wake-word.ts';
import { isLoopback } from '../loopback.ts';
import type { WakeWordConfig } from '../wake-word/wake-word-config.ts';
import { HttpError } from './errors.ts';

const ReportSchema = z.strictObject({ listening: z.boolean(), message: z.string().max(500).optional() });

/** What a page may know: the AccessKey goes only to the kiosk's own screen, never to another machine. */
export function wakeWordSetupFor(config: WakeWordConfig, remoteAddress: string | undefined): WakeWordSetup {
  if (config.engine === 'fake') return { engine: 'fake' };
  if (config.engine === 'none' || !isLoopback(remoteAddress)) return { engine: 'none' };
  const keyword = 'builtin' in config.keyword ? { builtin: config.keyword.builtin } : { publicPath: WAKE_WORD_KEYWORD_PATH, label: config.keyword.label };
  return { engine: 'porcupine', accessKey: config.accessKey, keyword, modelPath: WAKE_WORD_MODEL_PATH };
}

export function wakeWordRouter(config: WakeWordConfig, logger: Logger): Router {
  const router = express.Router();
  router.get('/api/wake-word', (req, res) => {
    res.set('Cache-Control', 'no-store').json(wakeWordSetupFor(config, req.socket.remoteAddress));
  });
  router.post('/api/wake-word/report', express.json({ limit: '4kb' }), (req, res, next) => {
    if (!isLoopback(req.socket.remoteAddress)) return next(new HttpError(403, 'only the kiosk itself reports on its wake word'));
    const parsed = ReportSchema.safeParse(req.body);
    if (!parsed.success) return next(new HttpError(400, 'bad wake-word report: expected { listening, message? }'));
    if (parsed.data.listening) logger.info({ engine: config.engine }, 'wake word: listening');
    else logger.warn({ engine: config.engine, reason: parsed.data.message }, 'wake word could not start; voice guidance still starts with the voice key');
    res.status(204).end();
  });
  if (config.engine === 'porcupine') {
    router.get(WAKE_WORD_MODEL_PATH, (_req, res, next) => res.sendFile(config.modelFile, (error) => error && next(error)));
    if ('file' in config.keyword) {
      const file = config.keyword.file;
      router.get(WAKE_WORD_KEYWORD_PATH, (_req, res, next) => res.sendFile(file, (error) => error && next(error)));
    }
  }
  return router;
}
