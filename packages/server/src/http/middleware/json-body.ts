/** A JSON body of at most `limit`: 415 for another content type, 413 when larger, 400 when malformed. */
import express, { type RequestHandler } from 'express';
import { ApiError } from '../../errors.ts';

export function jsonBody(limit: string): RequestHandler[] {
  const requireJson: RequestHandler = (req, _res, next) => {
    if (!req.is('application/json')) {
      next(
        new ApiError(
          'UNSUPPORTED_MEDIA_TYPE',
          'Send the request body as JSON with "Content-Type: application/json".',
        ),
      );
      return;
    }
    next();
  };
  return [requireJson, express.json({ limit, strict: true })];
}
