import type { openDataRulesCs } from './opendata-rules.cs';

export const openDataRulesEn: Record<keyof typeof openDataRulesCs, string> = {
  'opendata.refused': 'Open data is published by the quality manager.',
  'opendata.nothingChosen': 'No dataset is chosen for publication. Tick at least one.',
  'opendata.invalid':
    'The files did not pass the checks (CSVW schema, the DCAT-AP-CZ norm or the protection of small groups), so nothing was published. The dataset’s preview shows the details.',
  'opendata.notPublished': 'This file is not published.',
};
