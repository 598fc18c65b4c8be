import { CATALOGUE_FILE, OPEN_DATASET_DEFINITIONS, normalizeEmail } from '@kvalita/core';
import type { OpenDataService } from '@kvalita/bot';
import { DEMO_PEOPLE } from './office';

/**
 * Open data on first start: the demo office publishes every dataset at its default frequency, so
 * the catalogue, the files and the log show at once. A later start publishes again only when the
 * catalogue was written for another address (another port): its IRIs must be the ones served now.
 */
export async function publishDemoOpenData(openData: OpenDataService): Promise<void> {
  const manager = DEMO_PEOPLE.find((person) => person.roles.includes('qualityManager'));
  if (!manager) return;
  const identity = {
    email: normalizeEmail(manager.email),
    displayName: manager.displayName,
    roles: manager.roles,
  };
  const overview = await openData.overview(identity);
  if (overview.log.length > 0) {
    const published = await openData.publicFile(CATALOGUE_FILE);
    if (published && new TextDecoder().decode(published.content).includes(`"${overview.catalogueUrl}"`))
      return;
  }
  for (const dataset of overview.datasets)
    if (!dataset.chosen)
      await openData.saveDataset(identity, dataset.key, {
        chosen: true,
        frequency: OPEN_DATASET_DEFINITIONS[dataset.key].defaultFrequency,
        etag: dataset.etag,
      });
  await openData.publish(identity, `demo-${Date.now()}`);
}
