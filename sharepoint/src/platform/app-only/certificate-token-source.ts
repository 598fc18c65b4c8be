import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import type { AccessToken, TokenSource } from '../behaviors/access-token';

/** An Entra app registration with a certificate (SharePoint Online refuses app-only tokens from a secret). */
export interface CertificateCredentials {
  readonly tenantId: string;
  readonly clientId: string;
  /** Hex thumbprint of the certificate uploaded to the app: SHA-256 (64 digits) or SHA-1 (40). */
  readonly thumbprint: string;
  /** PEM private key of that certificate (-----BEGIN PRIVATE KEY-----). */
  readonly privateKeyPem: string;
}

/** What the source needs of MSAL's client, so tests can stand in for Entra ID. */
export interface ClientCredentialClient {
  acquireTokenByClientCredential(request: {
    scopes: string[];
  }): Promise<{ accessToken: string; expiresOn: Date | null } | null>;
}

export type ClientFactory = (configuration: Configuration) => ClientCredentialClient;

const msalClient: ClientFactory = (configuration) => new ConfidentialClientApplication(configuration);

/** `https://contoso.sharepoint.com/.default`: app-only tokens are issued for the tenant's SharePoint host. */
export function sharePointScope(siteUrl: string): string {
  const origin = /^https:\/\/[^/?#]+/i.exec(siteUrl)?.[0];
  if (!origin) throw new Error(`Not an https site URL: ${siteUrl}`);
  return `${origin.toLowerCase()}/.default`;
}

/**
 * Gets SharePoint app-only tokens with MSAL's client-credentials flow, signed with the app's
 * certificate. Pair it with AccessTokenBearer, which caches the token and renews it before expiry.
 */
export function certificateTokenSource(
  siteUrl: string,
  credentials: CertificateCredentials,
  createClient: ClientFactory = msalClient,
): TokenSource {
  const thumbprint = credentials.thumbprint.replace(/[\s:]/g, '').toLowerCase();
  if (!/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(thumbprint)) {
    throw new Error('The certificate thumbprint must be 40 (SHA-1) or 64 (SHA-256) hexadecimal digits.');
  }
  const client = createClient({
    auth: {
      clientId: credentials.clientId,
      authority: `https://login.microsoftonline.com/${credentials.tenantId}`,
      clientCertificate: {
        ...(thumbprint.length === 64 ? { thumbprintSha256: thumbprint } : { thumbprint }),
        privateKey: credentials.privateKeyPem,
      },
    },
  });
  const scopes = [sharePointScope(siteUrl)];
  return async (): Promise<AccessToken> => {
    const result = await client.acquireTokenByClientCredential({ scopes });
    if (!result?.accessToken || !result.expiresOn) {
      throw new Error('Entra ID returned no access token for SharePoint.');
    }
    return { token: result.accessToken, expiresOn: result.expiresOn };
  };
}
