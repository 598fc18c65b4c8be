import { createService, entraAuthenticator, listen, systemClock, type RunningServer } from '@kvalita/bot';
import { SURVEY_ANSWER_VERB, type Role, type Survey } from '@kvalita/core';
import { connectSharePoint, provisionLists } from '@kvalita/sharepoint';
import { startEmulator, type RunningEmulator } from '@kvalita/sharepoint-emulator';
import type { SPFI } from '@pnp/sp';
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import { RequestCounter } from '../support/request-counter';
import { ConnectorStub } from '../support/connector-stub';
import {
  officePeople,
  seedOffice,
  type OfficePerson,
  type OfficeSize,
  type SeededOffice,
} from './office-seed';

const TENANT = '11111111-2222-3333-4444-555555555555';
const SSO_CLIENT = '66666666-7777-8888-9999-000000000000';
export const BENCH_SECRET = 'bench-respondent-secret-of-at-least-32-characters';

/**
 * The app service as production runs it (Teams SSO tokens checked against a signing key, the bot
 * endpoint, the tab API), on the local SharePoint with a seeded office, and a counter of the
 * SharePoint requests the service sends: a `$batch` is one round trip, as on the wire. Seeding goes
 * through a connection of its own, so it is never counted.
 */
export interface MeasuredOffice {
  readonly office: SeededOffice;
  readonly serviceUrl: string;
  /** The local SharePoint site, for raw seeding requests (not counted). */
  readonly siteUrl: string;
  /** The seeding connection (not counted): for floors and checks. */
  readonly sp: SPFI;
  /** SharePoint round trips the service made since the last reset. */
  roundTrips(): number;
  resetRoundTrips(): void;
  /** GET or another call to the tab API as the person, with a Teams SSO token; throws unless 2xx. */
  api(method: string, path: string, person: OfficePerson, body?: unknown): Promise<unknown>;
  /** The person answers the survey card in chat (Action.Execute through the bot endpoint); returns the card. */
  answerCard(survey: Survey, person: OfficePerson, answers: Record<string, string>): Promise<string>;
  close(): Promise<void>;
}

function rolesOf(person: OfficePerson): Role[] {
  return [...person.roles];
}

export async function startMeasuredOffice(size: OfficeSize, now = new Date()): Promise<MeasuredOffice> {
  const directory = officePeople(size);
  const emulator: RunningEmulator = await startEmulator({
    port: 0,
    dataFile: ':memory:',
    directory: directory.map(({ email, displayName }) => ({ email, displayName })),
  });
  const closers: (() => Promise<void>)[] = [() => emulator.close()];
  const close = async () => {
    for (const closer of closers.reverse()) await closer();
  };
  try {
    const sp = connectSharePoint(emulator.siteUrl);
    await provisionLists(sp, { locale: 'cs' });
    const office = await seedOffice(sp, size, BENCH_SECRET, now);

    const byChannelId = new Map(directory.map((person) => [person.channelUserId, person]));
    const stub = await ConnectorStub.start({
      clock: systemClock,
      ratePerSecond: 100_000,
      member: (userId) => {
        const person = byChannelId.get(userId);
        return person
          ? {
              id: person.channelUserId,
              name: person.displayName,
              aadObjectId: person.objectId,
              email: person.email,
              userPrincipalName: person.email,
            }
          : null;
      },
    });
    closers.push(() => stub.close());

    const pair = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'bench', alg: 'RS256' };
    const signingKey: CryptoKey = pair.privateKey;
    const counter = RequestCounter();
    // What the service logged last, so a failed call says why.
    const logs: string[] = [];
    const { app } = createService({
      mode: 'production',
      sp: connectSharePoint(emulator.siteUrl, counter),
      authenticator: () =>
        entraAuthenticator({
          tenantId: TENANT,
          clientId: SSO_CLIENT,
          applicationIdUri: `api://kvalita.urad.example/${SSO_CLIENT}`,
          keys: createLocalJWKSet({ keys: [jwk] }),
        }),
      respondentKeySecret: BENCH_SECRET,
      // No app id: botbuilder skips Bot Framework authentication, as with Agents Playground.
      bot: { appId: '', appPassword: '', tenantId: '', appType: 'MultiTenant' },
      tabDirectory: null,
      officeName: 'Městský úřad',
      openData: {
        publisher: {
          officeName: 'Městský úřad',
          ico: '12345679',
          ruianMunicipality: '599999',
          contactEmail: 'kvalita@urad.example',
          publicUrl: 'https://kvalita.urad.example',
        },
      },
      now: () => new Date(),
      log: (line) => {
        logs.push(line);
        if (logs.length > 20) logs.shift();
      },
    });
    const server: RunningServer = await listen(app, 0, '127.0.0.1');
    closers.push(() => server.close());

    const tokens = new Map<string, Promise<string>>();
    const tokenFor = (person: OfficePerson) => {
      let token = tokens.get(person.email);
      if (!token) {
        token = new SignJWT({
          preferred_username: person.email,
          name: person.displayName,
          roles: rolesOf(person),
        })
          .setProtectedHeader({ alg: 'RS256', kid: 'bench' })
          .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
          .setAudience(SSO_CLIENT)
          .setIssuedAt()
          .setExpirationTime('2h')
          .sign(signingKey);
        tokens.set(person.email, token);
      }
      return token;
    };
    const send = async (path: string, init: RequestInit) => {
      const response = await fetch(`${server.url}${path}`, init);
      const text = await response.text();
      if (!response.ok)
        throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text}\n${logs.join('\n')}`);
      return text;
    };

    return {
      office,
      serviceUrl: server.url,
      siteUrl: emulator.siteUrl,
      sp,
      roundTrips: () => counter.count(),
      resetRoundTrips: () => counter.reset(),
      api: async (method, path, person, body) => {
        const text = await send(path, {
          method,
          headers: {
            authorization: `Bearer ${await tokenFor(person)}`,
            'content-type': 'application/json',
            'accept-language': 'cs',
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        return text === '' ? null : (JSON.parse(text) as unknown);
      },
      answerCard: (survey, person, answers) =>
        send('/api/messages', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            id: `activity-${person.channelUserId}-${Math.random()}`,
            type: 'invoke',
            name: 'adaptiveCard/action',
            channelId: 'msteams',
            serviceUrl: stub.serviceUrl,
            from: { id: person.channelUserId, aadObjectId: person.objectId, name: person.displayName },
            recipient: { id: '28:kvalita' },
            conversation: { id: `a:chat-${person.channelUserId}`, conversationType: 'personal' },
            locale: 'cs-CZ',
            value: {
              action: {
                type: 'Action.Execute',
                verb: SURVEY_ANSWER_VERB,
                data: { verb: SURVEY_ANSWER_VERB, surveyKey: survey.key, wave: 1, ...answers },
              },
              trigger: 'manual',
            },
          }),
        }),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
