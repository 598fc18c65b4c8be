import type { openDataTabCs } from './opendata-tab.cs';

/** English texts of open data's tab pages (the quality manager's). */
export const openDataTabEn = {
  'tab.opendata.onlyQualityManager': 'The quality manager publishes open data; this page is theirs only.',

  'tab.opendata.overview.heading': 'Open data',
  'tab.opendata.overview.intro':
    'The office publishes chosen results of its quality management as open data: each dataset as a CSV file with CSV on the Web metadata, described in a local catalogue following DCAT-AP-CZ, which the National Open Data Catalogue (NKOD) harvests. Only summaries are published; a department with fewer people than the group threshold is never named.',

  'tab.opendata.publisher.heading': 'Who publishes the data',
  'tab.opendata.publisher.office': 'Publisher',
  'tab.opendata.publisher.ico': 'Company ID (IČO)',
  'tab.opendata.publisher.contact': 'Contact for questions about the data',
  'tab.opendata.publisher.catalogue': 'Catalogue (public address)',

  'tab.opendata.datasets.heading': 'Datasets',
  'tab.opendata.datasets.caption': 'Datasets Kvalita can publish ({count})',
  'tab.opendata.datasets.title': 'Dataset',
  'tab.opendata.datasets.chosen': 'Publish',
  'tab.opendata.datasets.chosenLabel': 'Publish: {title}',
  'tab.opendata.datasets.frequency': 'Update frequency',
  'tab.opendata.datasets.frequencyLabel': 'Update frequency: {title}',
  'tab.opendata.datasets.lastPublished': 'Last published',
  'tab.opendata.datasets.lastPublishedValue': '{date}, rows: {rows}',
  'tab.opendata.datasets.never': 'Not published yet',
  'tab.opendata.datasets.nextDue': 'Next scheduled publication',
  'tab.opendata.datasets.inCatalogue': 'In the catalogue',
  'tab.opendata.datasets.yes': 'yes',
  'tab.opendata.datasets.no': 'no',
  'tab.opendata.datasets.files': 'Public files',
  'tab.opendata.datasets.csv': 'CSV',
  'tab.opendata.datasets.record': 'Record',
  'tab.opendata.datasets.ofDataset': ' – {title}',
  'tab.opendata.datasets.preview': 'Preview',
  'tab.opendata.datasets.saving': 'Saving the settings of {title}…',
  'tab.opendata.datasets.saved': 'The settings of {title} are saved.',
  'tab.opendata.datasets.stale':
    'Someone else changed the settings of {title} meanwhile. The table shows them as they now stand; make your change again.',
  'tab.opendata.datasets.saveFailed': 'The settings of {title} could not be saved: {reason}',

  'tab.opendata.frequency.weekly': 'weekly',
  'tab.opendata.frequency.monthly': 'monthly',
  'tab.opendata.frequency.quarterly': 'quarterly',
  'tab.opendata.frequency.annual': 'annually',
  'tab.opendata.frequency.irregular': 'irregularly',

  'tab.opendata.publish.heading': 'Publication',
  'tab.opendata.publish.button': 'Publish the chosen',
  'tab.opendata.publish.busy': 'Publishing…',
  'tab.opendata.publish.explain':
    'The chosen datasets ({count}) and the catalogue are published: the CSV files and their metadata are replaced with the current figures, and datasets not chosen leave the catalogue. The publication is written to the log below.',
  'tab.opendata.publish.nothing':
    'No dataset is chosen. Tick "Publish" in the table for the datasets you want to publish.',
  'tab.opendata.publish.done':
    'Published: the datasets ({count}) and the catalogue. The publication is in the publication log.',
  'tab.opendata.publish.replayed':
    'This publication had already been made (the button was pressed twice or the request was repeated): nothing was published again.',
  'tab.opendata.publish.conflictHint': 'Each chosen dataset’s preview shows what the check found in it.',

  'tab.opendata.registration.heading': 'Registering the catalogue in NKOD',
  'tab.opendata.registration.intro':
    'The National Open Data Catalogue harvests the office’s catalogue by itself once the office has registered it:',
  'tab.opendata.registration.step1': 'Download the registration file.',
  'tab.opendata.registration.step2':
    'The file holds what the form {form} on data.gov.cz asks for: the API type "DCAT-AP Dokumenty" and the catalogue’s address {url}. If you register the catalogue with the form, enter the same there.',
  'tab.opendata.registration.form': 'Registrace lokálního katalogu',
  'tab.opendata.registration.step3':
    'Send the file as the only attachment of a data-box message with the subject "NKOD" to the data box m3hp53v.',
  'tab.opendata.registration.step4':
    'Once the registration is processed, NKOD harvests the catalogue regularly; later publications show there without registering again.',
  'tab.opendata.registration.download': 'Download the registration file',
  'tab.opendata.registration.failed': 'The registration file could not be downloaded: {reason}',

  'tab.opendata.log.heading': 'Publication log',
  'tab.opendata.log.caption': 'Latest publications, newest first ({count})',
  'tab.opendata.log.empty': 'Nothing has been published yet.',
  'tab.opendata.log.at': 'When',
  'tab.opendata.log.by': 'Who',
  'tab.opendata.log.trigger': 'How',
  'tab.opendata.log.datasets': 'Datasets (rows)',
  'tab.opendata.log.sha': 'Catalogue SHA-256',
  'tab.opendata.log.shaFull': 'Whole SHA-256 digest: {sha}',
  'tab.opendata.log.versions': 'File versions',
  'tab.opendata.log.datasetRows': '{title}: {rows}',
  'tab.opendata.log.catalogueVersion': 'catalogue {version}',
  'tab.opendata.log.fileVersion': '{name} {version}',
  'tab.opendata.trigger.manual': 'manually',
  'tab.opendata.trigger.scheduled': 'on schedule',

  'tab.opendata.preview.heading': 'Preview: {title}',
  'tab.opendata.preview.back': 'Back to the open data overview',
  'tab.opendata.preview.intro':
    'The files as the next publication will write them. Nothing is changed or published here.',
  'tab.opendata.preview.totalRows': 'Rows in all',
  'tab.opendata.preview.withheld': 'Departments left out',
  'tab.opendata.preview.withheldHint':
    'Departments with fewer people than the group threshold: they are not in the file, nor are their names.',
  'tab.opendata.preview.rows': 'The file’s rows',
  'tab.opendata.preview.files': 'The files as they will be published',
  'tab.opendata.preview.publicLinks': 'The dataset’s public addresses',
  'tab.opendata.preview.publicHint':
    'The files are available here without sign-in; once withdrawn from the catalogue they are not.',
  'tab.opendata.preview.rowsCaption': 'The file’s first rows ({shown} of {total})',
  'tab.opendata.preview.noRows': 'The dataset has no rows yet.',
  'tab.opendata.preview.validation': 'Check of the files',
  'tab.opendata.preview.valid': 'The files conform to the CSVW schema and to DCAT-AP-CZ.',
  'tab.opendata.preview.invalid':
    'The check found problems ({count}). While a chosen dataset has any, publishing is refused.',
  'tab.opendata.preview.where': '{file}',
  'tab.opendata.preview.whereRow': '{file}, row {row}',
  'tab.opendata.preview.whereColumn': '{file}, column {column}',
  'tab.opendata.preview.whereRowColumn': '{file}, row {row}, column {column}',
  'tab.opendata.preview.csv': 'CSV file',
  'tab.opendata.preview.metadata': 'CSVW metadata (JSON)',
  'tab.opendata.preview.record': 'Catalogue record (DCAT-AP-CZ, JSON-LD)',

  'tab.opendata.problem.header': 'The file’s header does not match the columns the metadata describe.',
  'tab.opendata.problem.columnCount': 'The row has a different number of cells than the header.',
  'tab.opendata.problem.required': 'A required cell is empty.',
  'tab.opendata.problem.datatype': 'The value does not match the column’s datatype.',
  'tab.opendata.problem.missingProperty': 'The record lacks a property the norm requires.',
  'tab.opendata.problem.belowThreshold':
    'The row comes from a smaller group of people than the group threshold.',
  'tab.opendata.problem.unnamedDepartment':
    'The row names a department open data may not name (it is below the group threshold).',
} as const satisfies Record<keyof typeof openDataTabCs, string>;
