import { beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { entraAuthenticator } from '../../src/platform/auth/entra-authenticator';
import { DomainError, translate } from '@kvalita/core';
import { HTTP_STATUS } from '../../src/platform/http/error-handler';

const tenantId = '11111111-2222-3333-4444-555555555555';
const clientId = '66666666-7777-8888-9999-000000000000';
const applicationIdUri = `api://kvalita.example.cz/${clientId}`;

let privateKey: CryptoKey;
let jwk: JWK;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256' };
});

async function token(
  claims: Record<string, unknown>,
  options: { expiresIn?: string | null; issuer?: string; audience?: string } = {},
) {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
    .setIssuer(options.issuer ?? `https://login.microsoftonline.com/${tenantId}/v2.0`)
    .setAudience(options.audience ?? clientId)
    .setIssuedAt();
  // null: a token with no `exp` claim at all.
  if (options.expiresIn !== null) jwt.setExpirationTime(options.expiresIn ?? '1h');
  return jwt.sign(privateKey);
}

function authenticator(unassigned?: 'refuse' | 'employee') {
  return entraAuthenticator({
    tenantId,
    clientId,
    applicationIdUri,
    keys: createLocalJWKSet({ keys: [jwk] }),
    ...(unassigned ? { unassigned } : {}),
  });
}

const expectUnauthorized = async (promise: Promise<unknown>) => {
  await expect(promise).rejects.toBeInstanceOf(DomainError);
  const error = await promise.catch((reason: unknown) => reason as DomainError);
  expect(error).toMatchObject({ code: 'unauthorized' });
  // The status comes from the one mapping of domain errors to HTTP.
  expect(HTTP_STATUS[(error as DomainError).code]).toBe(401);
};

describe('Teams SSO token (Entra) authentication', () => {
  it('accepts a valid token and takes roles from the app-role claim', async () => {
    const bearer = await token({
      preferred_username: 'Jana.Novakova@Lipova.cz',
      name: 'Jana Nováková',
      roles: ['qualityManager', 'notARole'],
    });
    await expect(
      authenticator().authenticate({ authorization: `Bearer ${bearer}`, remoteAddress: '10.0.0.1' }),
    ).resolves.toEqual({
      email: 'jana.novakova@lipova.cz',
      displayName: 'Jana Nováková',
      roles: ['qualityManager'],
    });
  });

  it('accepts the application ID URI as audience', async () => {
    const bearer = await token(
      { preferred_username: 'eva@lipova.cz', roles: ['employee'] },
      { audience: applicationIdUri },
    );
    const identity = await authenticator().authenticate({
      authorization: `Bearer ${bearer}`,
      remoteAddress: undefined,
    });
    expect(identity.roles).toEqual(['employee']);
  });

  it('refuses a tenant account with no Kvalita app role, saying so in a whole sentence', async () => {
    for (const claims of [{}, { roles: [] }, { roles: ['notARole'] }]) {
      const bearer = await token({ preferred_username: 'eva@lipova.cz', ...claims });
      const error = await authenticator()
        .authenticate({ authorization: `Bearer ${bearer}`, remoteAddress: undefined })
        .catch((reason: unknown) => reason as DomainError);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'forbidden', messageKey: 'error.noRole' });
      expect(translate('cs', (error as DomainError).messageKey)).toMatch(/roli/);
      expect(translate('en', (error as DomainError).messageKey)).toMatch(/role/);
    }
  });

  it('treats an account with no app role as an employee only where the office configures it so', async () => {
    const bearer = await token({ preferred_username: 'eva@lipova.cz' });
    const identity = await authenticator('employee').authenticate({
      authorization: `Bearer ${bearer}`,
      remoteAddress: undefined,
    });
    expect(identity.roles).toEqual(['employee']);
  });

  it('refuses a token without an expiry, however well signed', async () => {
    const bearer = await token(
      { preferred_username: 'eva@lipova.cz', roles: ['director'] },
      { expiresIn: null },
    );
    expect(JSON.parse(Buffer.from(bearer.split('.')[1] ?? '', 'base64url').toString())).not.toHaveProperty(
      'exp',
    );
    await expectUnauthorized(
      authenticator().authenticate({ authorization: `Bearer ${bearer}`, remoteAddress: undefined }),
    );
  });

  it('refuses an expired token', async () => {
    const bearer = await token({ preferred_username: 'eva@lipova.cz' }, { expiresIn: '-10 minutes' });
    await expectUnauthorized(
      authenticator().authenticate({ authorization: `Bearer ${bearer}`, remoteAddress: undefined }),
    );
  });

  it('refuses a token for another app or from another tenant', async () => {
    const otherApp = await token({ preferred_username: 'eva@lipova.cz' }, { audience: 'api://someone-else' });
    await expectUnauthorized(
      authenticator().authenticate({ authorization: `Bearer ${otherApp}`, remoteAddress: undefined }),
    );
    const otherTenant = await token(
      { preferred_username: 'eva@lipova.cz' },
      { issuer: 'https://login.microsoftonline.com/evil/v2.0' },
    );
    await expectUnauthorized(
      authenticator().authenticate({ authorization: `Bearer ${otherTenant}`, remoteAddress: undefined }),
    );
  });

  it('refuses a tampered token, a missing header and the local demo scheme', async () => {
    const bearer = await token({ preferred_username: 'eva@lipova.cz' });
    const [header, , signature] = bearer.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ preferred_username: 'director@lipova.cz', roles: ['director'] }),
    ).toString('base64url');
    await expectUnauthorized(
      authenticator().authenticate({
        authorization: `Bearer ${header}.${forgedPayload}.${signature}`,
        remoteAddress: undefined,
      }),
    );
    await expectUnauthorized(
      authenticator().authenticate({ authorization: undefined, remoteAddress: '127.0.0.1' }),
    );
    await expectUnauthorized(
      authenticator().authenticate({
        authorization: 'Demo jana.novakova@lipova.example',
        remoteAddress: '127.0.0.1',
      }),
    );
  });
});
