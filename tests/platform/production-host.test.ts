import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connectSharePoint, provisionLists } from '@kvalita/sharepoint';
import { startEmulator, type RunningEmulator } from '@kvalita/sharepoint-emulator';
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import { freePort } from '../../scripts/local/free-port';
import { startProductionHost, type ProductionHost } from '../../scripts/production/host';
import { SettingsError, readProductionSettings } from '../../scripts/production/settings';

const TENANT = '11111111-2222-3333-4444-555555555555';
const SSO_CLIENT = '66666666-7777-8888-9999-000000000000';
const SSO_URI = `api://kvalita.lipova.example/${SSO_CLIENT}`;

function environment(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    KVALITA_SITE_URL: 'https://lipova.sharepoint.com/sites/kvalita',
    KVALITA_TENANT_ID: TENANT,
    KVALITA_CLIENT_ID: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    KVALITA_CERT_THUMBPRINT: 'AB:CD:EF:01',
    KVALITA_CERT_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\nnot a real key\n-----END PRIVATE KEY-----',
    KVALITA_SSO_CLIENT_ID: SSO_CLIENT,
    KVALITA_SSO_APP_ID_URI: SSO_URI,
    MicrosoftAppId: 'bbbbbbbb-cccc-dddd-eeee-ffffffffffff',
    MicrosoftAppPassword: 'bot secret',
    MicrosoftAppTenantId: TENANT,
    KVALITA_RESPONDENT_SECRET: 'a production secret of at least thirty-two characters',
    KVALITA_OFFICE_NAME: 'Městský úřad Lipová',
    KVALITA_OFFICE_ICO: '12345679',
    KVALITA_OFFICE_RUIAN: '599999',
    KVALITA_OPENDATA_CONTACT: 'kvalita@lipova.example',
    KVALITA_PUBLIC_URL: 'https://kvalita.lipova.example',
    ...overrides,
  };
}

describe('production settings', () => {
  it('reads a complete environment, with defaults for the port and the bot type', () => {
    const settings = readProductionSettings(environment());
    expect(settings.PORT).toBe(8080);
    expect(settings.MicrosoftAppType).toBe('SingleTenant');
    expect(settings.KVALITA_CERT_THUMBPRINT).toBe('ABCDEF01');
    expect(settings.KVALITA_UNASSIGNED_USERS).toBe('refuse');
    expect(readProductionSettings(environment({ KVALITA_UNASSIGNED_USERS: 'employee' }))).toMatchObject({
      KVALITA_UNASSIGNED_USERS: 'employee',
    });
  });

  it('names every missing or malformed variable at once, never echoing a value', () => {
    const secret = 'too short';
    let error: unknown;
    try {
      readProductionSettings(
        environment({
          KVALITA_SITE_URL: undefined,
          KVALITA_TENANT_ID: 'lipova',
          KVALITA_RESPONDENT_SECRET: secret,
          KVALITA_GROUP_THRESHOLD: '2',
          KVALITA_CERT_PRIVATE_KEY_FILE: '/keys/kvalita.pem',
          MicrosoftAppPassword: undefined,
        }),
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).problems).toEqual([
      'KVALITA_SITE_URL is missing',
      'KVALITA_TENANT_ID must be a GUID',
      'KVALITA_RESPONDENT_SECRET must be at least 32 characters',
      'KVALITA_GROUP_THRESHOLD is never below 3',
      'KVALITA_CERT_PRIVATE_KEY set exactly one of KVALITA_CERT_PRIVATE_KEY (PEM text) and KVALITA_CERT_PRIVATE_KEY_FILE',
      'MicrosoftAppPassword is required unless MicrosoftAppType is UserAssignedMSI',
    ]);
    expect((error as Error).message).not.toContain(secret);
  });
});

/**
 * The production host against the local SharePoint (standing in for the site the certificate would
 * reach) with our own signing key standing in for Entra's: tokens are checked as in production,
 * the local "Demo" sign-in is refused, and the bot endpoint demands Bot Framework authentication.
 */
describe('production host', () => {
  let emulator: RunningEmulator;
  let host: ProductionHost;
  let signingKey: CryptoKey;
  const logs: string[] = [];

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, dataFile: ':memory:', directory: [] });
    const sp = connectSharePoint(emulator.siteUrl);
    await provisionLists(sp, { locale: 'cs' });
    const pair = await generateKeyPair('RS256');
    signingKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test', alg: 'RS256' };
    host = await startProductionHost(
      readProductionSettings(environment({ PORT: String(await freePort()) })),
      {
        readFile: async () => '',
        log: (line) => logs.push(line),
        connect: () => sp,
        signingKeys: createLocalJWKSet({ keys: [jwk] }),
        tabDirectory: null,
        host: '127.0.0.1',
      },
    );
  }, 60_000);

  afterAll(async () => {
    await host?.stop();
    await emulator?.close();
  });

  const token = (claims: Record<string, unknown>, expiresIn = '1h') =>
    new SignJWT({ preferred_username: 'jana.novakova@lipova.example', name: 'Ing. Jana Nováková', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'test' })
      .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
      .setAudience(SSO_CLIENT)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(signingKey);

  const me = (authorization: string) => fetch(`${host.server.url}/api/me`, { headers: { authorization } });

  it('is healthy and runs the survey scheduler', async () => {
    const response = await fetch(`${host.server.url}/api/health`);
    expect(await response.json()).toEqual({ status: 'ok', sharepoint: 'ok' });
    expect(await host.scheduler.tickNow()).toMatchObject({ surveys: 0, failed: [] });
  });

  it('signs in with a Teams SSO token and takes roles from it', async () => {
    const response = await me(`Bearer ${await token({ roles: ['qualityManager'] })}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      email: 'jana.novakova@lipova.example',
      displayName: 'Ing. Jana Nováková',
      roles: ['qualityManager'],
    });
  });

  it('refuses the local demo sign-in, an expired token and a token for another app', async () => {
    expect((await me('Demo jana.novakova@lipova.example')).status).toBe(401);
    expect((await me(`Bearer ${await token({}, '-5 minutes')}`)).status).toBe(401);
    const other = await new SignJWT({ preferred_username: 'x@lipova.example' })
      .setProtectedHeader({ alg: 'RS256', kid: 'test' })
      .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
      .setAudience('api://someone-else')
      .setExpirationTime('1h')
      .sign(signingKey);
    expect((await me(`Bearer ${other}`)).status).toBe(401);
  });

  it('refuses a tenant account with no Kvalita role: 403 with a sentence saying what to ask for', async () => {
    const response = await fetch(`${host.server.url}/api/me`, {
      headers: { authorization: `Bearer ${await token({})}`, 'accept-language': 'en' },
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      error: {
        code: 'forbidden',
        message:
          'Your account has no role assigned in Kvalita. Ask your office’s Microsoft 365 administrator to assign you one.',
      },
    });
  });

  it('refuses a well-signed token without an expiry', async () => {
    const eternal = await new SignJWT({ preferred_username: 'x@lipova.example', roles: ['director'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'test' })
      .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
      .setAudience(SSO_CLIENT)
      .sign(signingKey);
    expect((await me(`Bearer ${eternal}`)).status).toBe(401);
  });

  it('does not serve the local demo directory', async () => {
    expect((await fetch(`${host.server.url}/api/demo/people`)).status).toBe(404);
  });

  const botActivity = {
    type: 'message',
    id: '1',
    text: 'nápověda',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    channelId: 'msteams',
    from: { id: '29:someone' },
    recipient: { id: '28:kvalita' },
    conversation: { id: 'a:1' },
  };

  it('demands Bot Framework authentication on the bot endpoint', async () => {
    const response = await fetch(`${host.server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(botActivity),
    });
    expect(response.status).toBe(401);
  });

  // A forged or garbled Bot Framework token, or one signed by a key Microsoft never published.
  const forgedBotTokens = async () => [
    'Bearer not-a-token',
    'Bearer aaa.bbb.ccc',
    `Bearer ${await new SignJWT({ serviceurl: botActivity.serviceUrl })
      .setProtectedHeader({ alg: 'RS256', kid: 'test' })
      .setIssuer('https://api.botframework.com')
      .setAudience('bbbbbbbb-cccc-dddd-eeee-ffffffffffff')
      .setExpirationTime('1h')
      .sign(signingKey)}`,
  ];
  const postActivity = (authorization: string, body: unknown) =>
    fetch(`${host.server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization, 'accept-language': 'en' },
      body: JSON.stringify(body),
    });

  it('answers a forged Bot Framework token with 401 and no detail of why', async () => {
    for (const authorization of await forgedBotTokens()) {
      const response = await postActivity(authorization, botActivity);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: { code: 'unauthorized', message: 'A valid sign-in is missing.' },
      });
    }
  });

  it('authenticates before reading the activity: an unauthenticated caller learns nothing of its fields', async () => {
    for (const authorization of ['', ...(await forgedBotTokens())]) {
      for (const body of [{ ...botActivity, type: 7 }, { ...botActivity, from: undefined }, []]) {
        const response = await postActivity(authorization, body);
        expect(response.status).toBe(401);
        expect(await response.json()).toEqual({
          error: { code: 'unauthorized', message: 'A valid sign-in is missing.' },
        });
      }
    }
  });
});
