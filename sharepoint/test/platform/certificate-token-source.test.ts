import { describe, expect, it } from '@jest/globals';
import type { Configuration } from '@azure/msal-node';
import { certificateTokenSource, sharePointScope } from '../../src/app-only';

const credentials = {
  tenantId: '11111111-2222-3333-4444-555555555555',
  clientId: '66666666-7777-8888-9999-000000000000',
  thumbprint: 'AB:CD:'.repeat(8) + 'EF'.repeat(16),
  privateKeyPem: '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n',
};

/** Stands in for Entra ID: records the configuration and the scopes asked for. */
function fakeEntra(expiresOn: Date | null = new Date('2026-03-02T09:00:00Z')) {
  const seen: { configuration?: Configuration; scopes: string[][] } = { scopes: [] };
  const factory = (configuration: Configuration) => {
    seen.configuration = configuration;
    return {
      acquireTokenByClientCredential: async (request: { scopes: string[] }) => {
        seen.scopes.push(request.scopes);
        return { accessToken: `token-${seen.scopes.length}`, expiresOn };
      },
    };
  };
  return { factory, seen };
}

describe('certificateTokenSource', () => {
  it('asks Entra ID for an app-only SharePoint token with the app certificate', async () => {
    const { factory, seen } = fakeEntra();
    const source = certificateTokenSource(
      'https://Lipova.sharepoint.com/sites/kvalita',
      credentials,
      factory,
    );
    await expect(source()).resolves.toEqual({
      token: 'token-1',
      expiresOn: new Date('2026-03-02T09:00:00Z'),
    });
    expect(seen.scopes).toEqual([['https://lipova.sharepoint.com/.default']]);
    expect(seen.configuration?.auth).toMatchObject({
      clientId: credentials.clientId,
      authority: `https://login.microsoftonline.com/${credentials.tenantId}`,
      clientCertificate: {
        thumbprintSha256: 'abcd'.repeat(8) + 'ef'.repeat(16),
        privateKey: credentials.privateKeyPem,
      },
    });
  });

  it('passes a SHA-1 thumbprint as such', () => {
    const { factory, seen } = fakeEntra();
    certificateTokenSource(
      'https://lipova.sharepoint.com/sites/kvalita',
      { ...credentials, thumbprint: 'a1'.repeat(20) },
      factory,
    );
    expect(seen.configuration?.auth.clientCertificate).toMatchObject({ thumbprint: 'a1'.repeat(20) });
  });

  it('refuses a malformed thumbprint and a site that is not https', () => {
    const { factory } = fakeEntra();
    expect(() =>
      certificateTokenSource('https://x.sharepoint.com', { ...credentials, thumbprint: 'xyz' }, factory),
    ).toThrow(/40 \(SHA-1\) or 64 \(SHA-256\)/);
    expect(() => sharePointScope('http://x.sharepoint.com/sites/a')).toThrow(/https/);
  });

  it('fails clearly when Entra ID returns no token', async () => {
    const { factory } = fakeEntra(null);
    const source = certificateTokenSource('https://lipova.sharepoint.com', credentials, factory);
    await expect(source()).rejects.toThrow(/no access token/);
  });
});
