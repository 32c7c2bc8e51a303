import pino, { type Logger } from 'pino';

/** JSON lines on stdout; personal data never goes to the log (only application numbers and ids). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'vikno' } });
}
