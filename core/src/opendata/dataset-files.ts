import type { OpenDataPublisher, OpenRow, UpdateFrequency, ValidationProblem } from './contract';
import { csvProblems, csvwMetadata } from './csvw';
import { writeCsv } from './csv';
import { datasetFileNames, datasetProblems, datasetRecord, openDataUrls, publisherIri } from './dcat';
import type { OpenDatasetDefinition } from './datasets.data';
import { disclosureProblems, type DisclosureRules } from './disclosure';

/*
 * A dataset's three files (the CSV, its CSVW metadata, its DCAT-AP-CZ record) from its rows, and
 * every check they must pass before they are published. The checks read the files as published:
 * the CSV parsed back against the metadata parsed back from its JSON text.
 */

export interface DatasetFiles {
  readonly csv: string;
  /** The metadata file's text and the record's text, as published. */
  readonly metadataText: string;
  readonly recordText: string;
  readonly metadata: Record<string, unknown>;
  readonly record: Record<string, unknown>;
  readonly problems: readonly ValidationProblem[];
}

export interface DatasetFilesInput {
  readonly definition: OpenDatasetDefinition;
  readonly rows: readonly OpenRow[];
  readonly publisher: OpenDataPublisher;
  readonly frequency: UpdateFrequency;
  /** The office date of the publication (the metadata's dc:modified). */
  readonly today: string;
  readonly disclosure: DisclosureRules;
}

/** The first and last day the rows' date cells cover. */
function coverageOf(definition: OpenDatasetDefinition, rows: readonly OpenRow[]) {
  const dates = definition.columns
    .filter((column) => column.datatype === 'date')
    .flatMap((column) => rows.map((row) => row[column.name]))
    .filter((value): value is string => typeof value === 'string' && value !== '')
    .sort();
  return dates.length === 0 ? null : { from: dates[0]!, to: dates[dates.length - 1]! };
}

export const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function datasetFiles(input: DatasetFilesInput): DatasetFiles {
  const { definition, rows, publisher } = input;
  const urls = openDataUrls(publisher.publicUrl);
  const names = datasetFileNames(definition.slug);
  const csv = writeCsv(definition.columns, rows);
  const metadata = csvwMetadata({
    metadataUrl: urls.metadata(definition.slug),
    csvUrl: urls.csv(definition.slug),
    title: definition.title,
    description: definition.description,
    columns: definition.columns,
    publisherIri: publisherIri(publisher.ico),
    modified: input.today,
  });
  const record = datasetRecord({
    definition,
    publisher,
    frequency: input.frequency,
    coverage: coverageOf(definition, rows),
  });
  const metadataText = jsonText(metadata);
  const recordText = jsonText(record);
  const problems = [
    ...csvProblems(names.csv, csv, JSON.parse(metadataText)),
    ...datasetProblems(names.record, JSON.parse(recordText)),
    ...disclosureProblems(names.csv, definition, rows, input.disclosure),
  ];
  return { csv, metadataText, recordText, metadata, record, problems };
}
