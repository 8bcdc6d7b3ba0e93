import type { NextFunction, Request, Response } from 'express';
import { runWithRequestContext } from '@app/database';

/** Makes the request id and client address available to the audit trail for the rest of the request. */
export function requestContextMiddleware(req: Request & { id?: string }, _res: Response, next: NextFunction): void {
  runWithRequestContext({ requestId: req.id ? String(req.id) : null, ip: req.ip ?? null }, next);
}
