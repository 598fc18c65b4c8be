import type { csStart } from './cs';

/** English texts of the start, the same keys as cs.ts's (checked by the compiler). */
export const enStart = {
  'app.name': 'Kvalita',
  'app.tagline': 'Quality management for your office on the CAF 2020 model',

  'locale.cs': 'Čeština',
  'locale.en': 'English',
  'locale.switch': 'Language',

  'tab.loading': 'Loading…',
  'tab.error.title': 'Something went wrong',
  'tab.error.retry': 'Try again',
  'tab.error.network': 'The Kvalita service does not answer. Check your connection and try again.',
  'tab.error.unauthorized': 'You are not signed in or your sign-in has expired.',
  'tab.signInAs.label': 'Sign in as',
  'tab.signInAs.hint': 'Local mode: pick a demo person of the office.',
  'tab.signInAs.signedIn': 'Signed in: {name}',
  'tab.signInAs.choose': 'Choose a person',
  'tab.model.heading': 'CAF 2020 model',
  'tab.model.summary': '{criteria} criteria, {subcriteria} subcriteria',
  'tab.model.enablers': 'Enablers',
  'tab.model.results': 'Results',
  'tab.model.criterion': 'Criterion {number}: {title}',
  'tab.model.workingTranslation': 'working translation',
  'tab.model.workingTranslation.hint':
    'Working translation, not yet checked against the Czech MV ČR edition.',
  'tab.model.empty': 'The CAF model has no criteria yet.',
  'tab.error.invalidResponse': 'The Kvalita service answered in an unexpected way. Please try again.',
  'tab.error.forbidden': 'You are not allowed to see this content.',
  'tab.signInAs.empty': 'The office directory has no demo people.',
  'tab.signInAs.prompt': 'Sign in as one of the demo people to see the content.',
  'tab.skipToContent': 'Skip to content',
  'tab.people.hint': 'Searches by the start of a given name, a surname or an e-mail.',
  'tab.people.tooShort': 'Type at least {min} characters of a name, a surname or an e-mail.',
  'tab.people.invalid': 'Only letters, digits, spaces and . - _ @ + can be searched for.',
  'tab.people.searching': 'Searching the directory…',
  'tab.people.found': 'Found: {count}. Choose with the arrow keys and Enter.',
  'tab.people.none': 'No one in the office directory matches.',
  'tab.standalone.openInTeams':
    'Open Kvalita in Microsoft Teams. Outside Teams it is available in local mode only.',

  'tab.caf.nav.label': 'App areas',
  'tab.caf.nav.model': 'CAF model',
  'tab.caf.nav.selfAssessment': 'Self-assessment',
  'tab.surveys.nav': 'Surveys',
  'tab.measures.nav': 'Measures',
  'tab.documents.nav': 'Documents',
  'tab.feedback.nav': '360° feedback',
  'tab.mystery.nav': 'Mystery shopping',
  'tab.opendata.nav': 'Open data',

  'error.badRequest': 'The request is not valid. Check what you entered and try again.',
  'error.payloadTooLarge': 'The request is too large. Please shorten the texts you entered.',
  'error.unsupportedMediaType': 'A file of this type cannot be used here.',
  'error.unauthorized': 'A valid sign-in is missing.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.noRole':
    'Your account has no role assigned in Kvalita. Ask your office’s Microsoft 365 administrator to assign you one.',
  'error.conflict':
    'This step cannot be done now because the item’s state does not allow it. Reload the page to see its current state.',
  'error.stale': 'Someone else changed the item meanwhile. Reload it and try again.',
  'error.duplicate': 'Such an item already exists.',
  'error.notFound': 'The requested item does not exist.',
  'error.sealedAnswer':
    'Stored answers cannot be read with the service’s key: its respondent secret has changed, or the answers were altered in SharePoint. Nothing was shown; restore the secret the answers were sealed with.',
  'error.internal': 'The service ran into an error.',
  'error.unavailable':
    'SharePoint is overloaded right now and nothing was saved or changed. Please try again in a minute.',
} as const satisfies Record<keyof typeof csStart, string>;
