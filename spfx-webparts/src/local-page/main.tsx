import * as React from 'react';
import * as ReactDom from 'react-dom';
import { registerIcons, setIconOptions } from '@fluentui/react/lib/Styling';
import type { DemoPeopleReply, Locale } from '@kvalita/core';

import type { DocumentsTexts } from '../documents-ui/texts';
import type { MeasuresTexts } from '../measures-ui/texts';
import { LocalPage } from './LocalPage';

/*
 * The local page's entry (bundled with esbuild by the local start, never part of the .sppkg): the
 * page's server gives the loc files' texts as JSON and forwards /api/* to the local service.
 */
async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function start(): Promise<void> {
  // SharePoint pages bring Fluent UI's icon font; offline, the few icons the web parts use are characters.
  setIconOptions({ disableWarnings: true });
  registerIcons({ icons: { Cancel: '✕', ChevronDown: '▾', CheckMark: '✓', Clear: '✕', Completed: '✓', Info: 'ℹ', ErrorBadge: '!', Warning: '!' } });
  const [people, cs, en, documentsCs, documentsEn] = await Promise.all([
    getJson<DemoPeopleReply>('/api/demo/people'),
    getJson<MeasuresTexts>('/strings/cs.json'),
    getJson<MeasuresTexts>('/strings/en.json'),
    getJson<DocumentsTexts>('/strings/documents/cs.json'),
    getJson<DocumentsTexts>('/strings/documents/en.json'),
  ]);
  const query = new URLSearchParams(window.location.search);
  const asked = query.get('as');
  const first = people.people.filter((person) => person.email === asked)[0] ?? people.people[0];
  if (first === undefined) throw new Error('The local office has no demo people');
  const locale: Locale = query.get('lang') === 'en' ? 'en' : 'cs';
  // The page's one root lives as long as the page.
  // eslint-disable-next-line @rushstack/pair-react-dom-render-unmount
  ReactDom.render(
    <LocalPage
      people={people.people}
      strings={{ cs, en }}
      documentsStrings={{ cs: documentsCs, en: documentsEn }}
      initialEmail={first.email}
      initialLocale={locale}
      initialView={query.get('view') === 'board' ? 'board' : 'table'}
    />,
    document.getElementById('root'),
  );
}

start().catch((error: unknown) => {
  const root = document.getElementById('root');
  if (root) root.textContent = error instanceof Error ? error.message : String(error);
});
