// Node-only entry (@kvalita/sharepoint/app-only): MSAL must never reach the SPFx bundle, which
// imports the main entry only.
export {
  certificateTokenSource,
  sharePointScope,
  type CertificateCredentials,
  type ClientCredentialClient,
  type ClientFactory,
} from './platform/app-only/certificate-token-source';
