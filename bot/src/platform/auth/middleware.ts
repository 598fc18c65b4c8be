import type { Request, RequestHandler } from 'express';
import type { Authenticator, Identity } from './identity';

/** Puts the caller's identity on the request; an authenticator's DomainError becomes the answer. */
export function authenticateWith(authenticator: Authenticator): RequestHandler {
  return async (req, _res, next) => {
    (req as Request & { identity?: Identity }).identity = await authenticator.authenticate({
      authorization: req.headers.authorization,
      remoteAddress: req.socket.remoteAddress,
    });
    next();
  };
}
