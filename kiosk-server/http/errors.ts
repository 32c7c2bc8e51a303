import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';

/** An error that knows its HTTP status; anything else is a 500. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The one terminal error handler: every error leaves as JSON `{error}` with its status, and 5xx are logged. */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const status = error instanceof HttpError ? error.status : typeof error?.status === 'number' ? error.status : 500;
    if (status >= 500) logger.error({ err: error, url: req.originalUrl }, 'request failed');
    res.status(status).json({ error: status >= 500 ? 'internal error' : String(error.message ?? 'bad request') });
  };
}
