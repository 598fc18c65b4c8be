import * as React from 'react';
import type { DemoPerson, Locale } from '@kvalita/core';

import { createFetchDocumentsApi } from '../documents-api/fetch-documents-api';
import { DocumentApprovals } from '../documents-ui/DocumentApprovals';
import { DocumentsRegister } from '../documents-ui/DocumentsRegister';
import type { DocumentsTexts } from '../documents-ui/texts';
import { createFetchMeasuresApi } from '../measures-api/fetch-measures-api';
import { MeasuresDashboard } from '../measures-ui/MeasuresDashboard';
import { MeasuresRegister, type RegisterView } from '../measures-ui/MeasuresRegister';
import { classes } from '../measures-ui/styles';
import type { MeasuresTexts } from '../measures-ui/texts';

export interface LocalPageProps {
  readonly people: readonly DemoPerson[];
  readonly strings: Readonly<Record<Locale, MeasuresTexts>>;
  readonly documentsStrings: Readonly<Record<Locale, DocumentsTexts>>;
  readonly initialEmail: string;
  readonly initialLocale: Locale;
  readonly initialView: RegisterView;
}

/**
 * A SharePoint page without SharePoint: the web parts' components (measures and documents) against
 * the local service, as the chosen demo person (the local service's `Authorization: Demo <email>`
 * sign-in, loopback only).
 */
export function LocalPage(props: LocalPageProps): React.ReactElement {
  const [email, setEmail] = React.useState(props.initialEmail);
  const [locale, setLocale] = React.useState<Locale>(props.initialLocale);
  const [view, setView] = React.useState<RegisterView>(props.initialView);
  const texts = props.strings[locale];
  const documentsTexts = props.documentsStrings[locale];
  const connection = React.useMemo(
    () => ({
      baseUrl: '',
      authorization: () => `Demo ${email}`,
      language: locale === 'cs' ? 'cs-CZ' : 'en-US',
    }),
    [email, locale],
  );
  const api = React.useMemo(() => createFetchMeasuresApi(connection), [connection]);
  const documentsApi = React.useMemo(() => createFetchDocumentsApi(connection), [connection]);

  React.useEffect(() => {
    document.documentElement.lang = locale;
    document.title = texts.LocalPageTitle;
  }, [locale, texts]);

  return (
    <div className={classes.root}>
      <header style={{ display: 'flex', gap: 16, alignItems: 'center', flexWrap: 'wrap', marginBottom: 16 }}>
        <h1 style={{ fontSize: 22, margin: 0 }}>{texts.LocalPageTitle}</h1>
        <label>
          {texts.LocalPageSignInAs}{' '}
          <select value={email} onChange={(event) => setEmail(event.target.value)}>
            {props.people.map((person) => (
              <option key={person.email} value={person.email}>
                {person.displayName}
                {person.departmentName ? ` (${person.departmentName})` : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          {texts.LocalPageLanguage}{' '}
          <select value={locale} onChange={(event) => setLocale(event.target.value === 'en' ? 'en' : 'cs')}>
            <option value="cs">Čeština</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {texts.ViewFieldLabel}{' '}
          <select value={view} onChange={(event) => setView(event.target.value === 'board' ? 'board' : 'table')}>
            <option value="table">{texts.ViewTable}</option>
            <option value="board">{texts.ViewBoard}</option>
          </select>
        </label>
      </header>
      <main>
        <div style={{ marginBottom: 32 }}>
          <MeasuresDashboard key={`dashboard-${email}`} api={api} texts={texts} departmentCode={undefined} />
        </div>
        <MeasuresRegister
          key={`register-${email}`}
          api={api}
          texts={texts}
          locale={locale}
          departmentCode={undefined}
          view={view}
          pageSize={25}
        />
        <div style={{ marginTop: 32 }}>
          <DocumentsRegister
            key={`documents-${email}`}
            api={documentsApi}
            texts={documentsTexts}
            locale={locale}
            defaultKind={undefined}
            pageSize={25}
            showPendingAcknowledgements={true}
          />
        </div>
        <div style={{ marginTop: 32 }}>
          <DocumentApprovals
            key={`approvals-${email}`}
            api={documentsApi}
            texts={documentsTexts}
            locale={locale}
            myEmail={email}
            pageSize={50}
            showMyDrafts={true}
            showReviews={true}
          />
        </div>
      </main>
    </div>
  );
}
