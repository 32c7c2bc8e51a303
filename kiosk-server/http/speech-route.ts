// POST /api/speech: an utterance in, WAV out. The text travels in the body (never the URL, which ends up in logs) and
// what a person typed is marked private: rendered, sent, never stored.
import express, { type Router } from 'express';
import { z } from 'zod';
import { LanguageSchema } from '../../content/localized.ts';
import type { SpeechRequestBody } from '../../protocol/speech.ts';
import type { Metrics } from '../metrics/metrics.ts';
import type { SpeechService } from '../speech/speech-service.ts';
import { HttpError } from './errors.ts';

const SpeechRequestSchema = z.strictObject({
  lang: LanguageSchema,
  parts: z
    .array(z.strictObject({ text: z.string().max(2000), reading: z.enum(['text', 'digits', 'spell']).optional() }))
    .min(1)
    .max(40),
  /** 0.5 … 2, the person's speech rate. */
  rate: z.number().min(0.5).max(2),
  private: z.boolean(),
});

/** `metrics` is told how long each utterance took, from the cache or rendered (absent: not measured). */
export function speechRouter(speech: SpeechService, metrics?: Pick<Metrics, 'speechServed'>): Router {
  const router = express.Router();
  router.post('/speech', express.json({ limit: '100kb' }), async (req, res, next) => {
    const parsed = SpeechRequestSchema.safeParse(req.body);
    if (!parsed.success)
      return next(new HttpError(400, `bad speech request: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`));
    // Typed as the kiosk's request, so the schema and protocol/speech.ts cannot drift apart.
    const body: SpeechRequestBody = parsed.data;
    const { lang, parts, rate, private: privateText } = body;
    if (!speech.canSpeak(lang)) return next(new HttpError(503, `no voice for ${lang} on this kiosk`));
    try {
      const start = performance.now();
      const result = await speech.say(lang, parts, rate, privateText);
      if (!result) return void res.status(204).end();
      metrics?.speechServed(result.cached, (performance.now() - start) / 1000);
      res.set({ 'Content-Type': 'audio/wav', 'Cache-Control': 'no-store', 'X-Speech-Cache': result.cached ? 'hit' : 'miss' });
      res.send(result.wav);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
