import type { DocumentLinks } from './notification-activity';

/**
 * Deep links into the tab's documents area (entity "caf" in the manifest, the tab that holds every
 * area, as tabDeepLink builds them): the paths are the tab's places "documents" (the register)
 * and "documents/<id>" (a document's page), which the tab opens from the context's subEntityId.
 */
export function documentTabLinks(teamsAppId: string | undefined): DocumentLinks {
  if (!teamsAppId) return { document: () => null, register: () => null };
  const link = (path: string) =>
    `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/caf?context=${encodeURIComponent(
      JSON.stringify({ subEntityId: path }),
    )}`;
  return { document: (documentId) => link(`documents/${documentId}`), register: () => link('documents') };
}
