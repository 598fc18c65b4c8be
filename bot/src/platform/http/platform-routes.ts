import {
  LOCALES,
  isLocale,
  localizeModel,
  type CafModel,
  type DemoPeopleReply,
  type DepartmentsReply,
  type HealthReply,
  type Me,
  type PeopleSearchReply,
  type ServiceConfig,
} from '@kvalita/core';
import { peopleSearchQuerySchema } from '@kvalita/core/schemas';
import type { DepartmentsRepository, PeopleRepository } from '@kvalita/sharepoint';
import { Router, type Request } from 'express';
import type { Authenticator, Identity } from '../auth/identity';
import { authenticateWith } from '../auth/middleware';
import { DomainError } from '@kvalita/core';
import { localeFromAcceptLanguage } from './locale';
import { parseBody } from './parse-body';

export interface ApiDeps {
  readonly mode: 'local' | 'production';
  readonly authenticator: Authenticator;
  readonly people: PeopleRepository;
  readonly departments: DepartmentsRepository;
  readonly checkSharePoint: () => Promise<boolean>;
}

type Authenticated = Request & { identity?: Identity };

/**
 * The platform endpoints; replies typed as core's platform contract. Express 5 passes rejected
 * promises to the error handler, so handlers can simply throw.
 */
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
    res.status(sharepoint ? 200 : 503).json({
      status: sharepoint ? 'ok' : 'degraded',
      sharepoint: sharepoint ? 'ok' : 'unreachable',
    } satisfies HealthReply);
  });

  router.get('/config', (_req, res) => {
    res.json({ mode: deps.mode } satisfies ServiceConfig);
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
    } satisfies DemoPeopleReply);
  });

  router.get('/departments', authenticate, async (_req, res) => {
    const departments = await deps.departments.list();
    res.json({
      departments: departments.map(({ code, name, parentCode }) => ({ code, name, parentCode })),
    } satisfies DepartmentsReply);
  });

  // The people picker: everyone signed in sees the same directory (who may nominate whom is the
  // CAF service's rule, checked when the nomination arrives).
  router.get('/people', authenticate, async (req, res) => {
    const query = parseBody(peopleSearchQuerySchema, { search: req.query['search'], top: req.query['top'] });
    const people = await deps.people.search(query.search, query.top);
    res.json({
      people: people.map(({ email, displayName, jobTitle, departmentName }) => ({
        email,
        displayName,
        jobTitle,
        departmentName,
      })),
    } satisfies PeopleSearchReply);
  });

  router.get('/me', authenticate, (req, res) => {
    const identity = identityOf(req);
    res.json({
      email: identity.email,
      displayName: identity.displayName,
      roles: identity.roles,
    } satisfies Me);
  });

  router.get('/caf/model', authenticate, (req, res) => {
    const requested = req.query['locale'];
    if (requested !== undefined && !isLocale(requested)) {
      throw new DomainError('badRequest', { details: `locale must be one of ${LOCALES.join(', ')}` });
    }
    const locale = requested ?? localeFromAcceptLanguage(req.headers['accept-language']);
    res.json({ locale, criteria: localizeModel(locale) } satisfies CafModel);
  });

  router.use(() => {
    throw new DomainError('notFound');
  });
  return router;
}
