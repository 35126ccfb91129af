import type { ErrorRequestHandler, NextFunction, Request, Response } from 'express';

/** A route's error as plain text (the calendar feed, the exports), never cached. */
export function failPlain(res: Response, status: number, text: string): void {
  res.status(status).type('text/plain; charset=utf-8').setHeader('cache-control', 'no-store').send(`${text}\n`);
}

/**
 * Express refuses a path whose percent-encoding is broken (`%E0%A4%A`) before a route's handler runs:
 * mounted under the route's prefix, this answers it as `message` in plain text, not in GraphQL's JSON shape.
 */
export function malformedPathAsPlainText(message: string): ErrorRequestHandler {
  return (err: { status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (err.status === 400 && !res.headersSent) failPlain(res, 400, message);
    else next(err);
  };
}
