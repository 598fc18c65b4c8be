import { LOCALES, isLocale, localizeModel } from '@kvalita/core';
import type { DepartmentsRepository, PeopleRepository } from '@kvalita/sharepoint';
import { Router, type Request } from 'express';
import type { Authenticator, Identity } from '../auth/identity';
import { authenticateWith } from '../auth/middleware';
import { DomainError } from '@kvalita/core';
import { localeFromAcceptLanguage } from './locale';

export interface ApiDeps {
  readonly mode: 'local' | 'production';
  readonly authenticator: Authenticator;
  readonly people: PeopleRepository;
  readonly departments: DepartmentsRepository;
  readonly checkSharePoint: () => Promise<boolean>;
}

type Authenticated = Request & { identity?: Identity };

/** Express 5 passes rejected promises to the error handler, so handlers can simply throw. */
export function apiRouter(deps: ApiDeps): Router {
  const router = Router();

  const authenticate = authenticateWith(deps.authenticator);
  const identityOf = (req: Request): Identity => {
    const identity = (req as Authenticated).identity;
    if (!identity) throw new DomainError('unauthorized');
    return identity;
  };

  router.get('/health', async (_req, res) => {
    const sharepoint = await deps.checkSharePoint().catch(() => false);
    res
      .status(sharepoint ? 200 : 503)
      .json({ status: sharepoint ? 'ok' : 'degraded', sharepoint: sharepoint ? 'ok' : 'unreachable' });
  });

  router.get('/config', (_req, res) => {
    res.json({ mode: deps.mode });
  });

  router.get('/demo/people', async (_req, res) => {
    if (deps.mode !== 'local') throw new DomainError('notFound');
    const people = await deps.people.list();
    res.json({
      people: people.map((person) => ({
        email: person.email,
        displayName: person.displayName,
        jobTitle: person.jobTitle,
        departmentName: person.departmentName,
        roles: person.roles,
      })),
    });
  });

  router.get('/departments', authenticate, async (_req, res) => {
    const departments = await deps.departments.list();
    res.json({
      departments: departments.map(({ code, name, parentCode }) => ({ code, name, parentCode })),
    });
  });

  router.get('/me', authenticate, (req, res) => {
    const identity = identityOf(req);
    res.json({ email: identity.email, displayName: identity.displayName, roles: identity.roles });
  });

  router.get('/caf/model', authenticate, (req, res) => {
    const requested = req.query['locale'];
    if (requested !== undefined && !isLocale(requested)) {
      throw new DomainError('badRequest', { details: `locale must be one of ${LOCALES.join(', ')}` });
    }
    const locale = requested ?? localeFromAcceptLanguage(req.headers['accept-language']);
    res.json({ locale, criteria: localizeModel(locale) });
  });

  router.use(() => {
    throw new DomainError('notFound');
  });
  return router;
}
