import { createHash } from 'node:crypto';
import {
  CATALOGUE_FILE,
  DomainError,
  DuplicateKeyError,
  StaleVersionError,
  FEEDBACK_LIMITS,
  OPEN_DATA_LIMITS,
  OPEN_DATASET_DEFINITIONS,
  OPEN_DATASETS,
  catalogueProblems,
  catalogueRecord,
  datasetFileNames,
  datasetFiles,
  isPublicationDue,
  jsonText,
  nextPublicationDate,
  officeDate,
  openDataUrls,
  publisherIri,
  registrationRecord,
  type DatasetFiles,
  type DatasetPreviewReply,
  type DatasetStateReply,
  type NamedDepartments,
  type OpenDataFilesStore,
  type OpenDataOverviewReply,
  type OpenDataPublisher,
  type OpenDataSettingsStore,
  type OpenDatasetKey,
  type OpenDatasetState,
  type OpenRow,
  type PublicationEntry,
  type PublicationLogStore,
  type PublicationTrigger,
  type PublishedDataset,
  type PublishedFile,
  type PublishReply,
  type SaveDatasetRequest,
  type StoredDatasetSetting,
  type StoredOpenFile,
  type SurveyResults,
} from '@kvalita/core';
import type { Identity } from '../platform/auth/identity';
import { datasetRows, type OpenDataSources } from './opendata-sources';

/*
 * Open data (docs/opendata.md): the quality manager chooses datasets and frequencies, previews the
 * files, publishes; the schedule re-publishes what is due; the public reads the files without
 * sign-in. Every file is built from the features' results and checked (CSVW, DCAT-AP-CZ, disclosure)
 * before anything is written; a publication writes the files to the versioned library, then the
 * catalogue, then the log entry (its request id unique: a double submit publishes once).
 */

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8; header=present',
  metadata: 'application/csvm+json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
} as const;

/** How many log entries the state of the datasets is read from (a publication a week: ten years). */
const LOG_HISTORY = 500;

export interface OpenDataServiceDeps {
  readonly sources: OpenDataSources;
  readonly files: OpenDataFilesStore;
  readonly settings: OpenDataSettingsStore;
  readonly log: PublicationLogStore;
  /**
   * Departments open data may name (those with at least the group threshold of people, code →
   * name), and how many of the office's departments it does not.
   */
  readonly departments: (
    surveys: readonly SurveyResults[],
  ) => Promise<{ readonly named: NamedDepartments; readonly withheld: number }>;
  readonly publisher: OpenDataPublisher;
  /** The group threshold of surveys (rule 7): a row about answers below it is never published. */
  readonly threshold: number;
  readonly now: () => Date;
  /** How long the public reads keep a file in memory (default 30 s). */
  readonly publicCacheMs?: number;
}

const sha256 = (content: Uint8Array) => createHash('sha256').update(content).digest('hex');
const bytesOf = (text: string) => new TextEncoder().encode(text);

const mayPublish = (identity: Identity) => identity.roles.includes('qualityManager');

/** A dataset's files as one publication writes them. */
interface BuiltDataset {
  readonly key: OpenDatasetKey;
  readonly rows: readonly OpenRow[];
  readonly files: DatasetFiles;
}

export class OpenDataService {
  private readonly publicCache = new Map<
    string,
    { readonly file: StoredOpenFile | null; readonly at: number }
  >();

  constructor(private readonly deps: OpenDataServiceDeps) {}

  async overview(identity: Identity): Promise<OpenDataOverviewReply> {
    this.mustPublish(identity);
    const [settings, log] = await Promise.all([this.deps.settings.list(), this.deps.log.latest(LOG_HISTORY)]);
    const { publisher } = this.deps;
    return {
      publisher: { ...publisher, iri: publisherIri(publisher.ico) },
      catalogueUrl: openDataUrls(publisher.publicUrl).catalogue,
      datasets: OPEN_DATASETS.map((key) => this.stateOf(key, settings, log)),
      log: log.slice(0, OPEN_DATA_LIMITS.logEntries),
    };
  }

  async saveDataset(
    identity: Identity,
    key: OpenDatasetKey,
    request: SaveDatasetRequest,
  ): Promise<DatasetStateReply> {
    this.mustPublish(identity);
    // The log is read beside the write: the reply's dataset is the saved row with its publications.
    const [saved, log] = await Promise.all([
      this.deps.settings
        .save(
          key,
          {
            chosen: request.chosen,
            frequency: request.frequency,
            chosenBy: { email: identity.email, displayName: identity.displayName },
          },
          request.etag,
        )
        .catch((error: unknown) => {
          // A first save (no etag) of a row someone else has just created: the caller's view is stale.
          throw error instanceof DuplicateKeyError ? new StaleVersionError() : error;
        }),
      this.deps.log.latest(LOG_HISTORY),
    ]);
    return { dataset: this.stateOf(key, [saved], log) };
  }

  async preview(identity: Identity, key: OpenDatasetKey): Promise<DatasetPreviewReply> {
    this.mustPublish(identity);
    const reading = this.readingFor(identity);
    const [settings, departments] = await Promise.all([this.deps.settings.list(), reading.departments()]);
    const built = await this.build(key, identity, settings, departments.named, reading.sources);
    const definition = OPEN_DATASET_DEFINITIONS[key];
    return {
      key,
      columns: definition.columns,
      rows: built.rows.slice(0, OPEN_DATA_LIMITS.previewRows),
      totalRows: built.rows.length,
      csv: built.files.csv,
      metadata: built.files.metadata,
      record: built.files.record,
      problems: built.files.problems,
      withheldDepartments: definition.columns.some((column) => column.name === 'útvar')
        ? departments.withheld
        : 0,
      urls: this.urlsOf(key),
    };
  }

  /**
   * Publishes every chosen dataset and the catalogue listing them (withdrawing the others). One
   * publication at a time in this service: a double click's second request waits for the first and
   * finds its entry, instead of writing every file a second time.
   */
  publish(identity: Identity, requestId: string): Promise<PublishReply> {
    this.mustPublish(identity);
    return this.serialized(() => this.publishNow(identity, requestId));
  }

  private queue: Promise<unknown> = Promise.resolve();

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async publishNow(identity: Identity, requestId: string): Promise<PublishReply> {
    const earlier = await this.deps.log.byRequestId(requestId);
    if (earlier) return { entry: earlier, replayed: true };
    const settings = await this.deps.settings.list();
    const chosen = OPEN_DATASETS.filter((key) => this.settingOf(key, settings).chosen);
    if (chosen.length === 0)
      throw new DomainError(
        'conflict',
        { details: 'no dataset is chosen for publication' },
        'opendata.nothingChosen',
      );
    try {
      const entry = await this.write(identity, 'manual', requestId, chosen, chosen, settings);
      return { entry, replayed: false };
    } catch (error) {
      // The same click, sent twice at once: the other request wrote the entry.
      if (error instanceof DuplicateKeyError) {
        const entry = await this.deps.log.byRequestId(requestId);
        if (entry) return { entry, replayed: true };
      }
      throw error;
    }
  }

  /**
   * The schedule (the scheduler loop, every minute): re-publishes the datasets in the catalogue whose
   * period has passed, once a day at most (the day is the entry's request id, unique in the log).
   */
  async tick(at: Date): Promise<PublicationEntry | null> {
    const today = officeDate(at);
    const [settings, log] = await Promise.all([this.deps.settings.list(), this.deps.log.latest(LOG_HISTORY)]);
    const catalogue = (log[0]?.catalogueDatasets ?? []).filter((key) => this.settingOf(key, settings).chosen);
    const due = catalogue.filter((key) => {
      const setting = this.settingOf(key, settings);
      const last = this.lastPublished(key, log);
      return (
        setting.chosenBy !== null &&
        isPublicationDue(setting.frequency, last ? officeDate(new Date(last.at)) : null, today)
      );
    });
    if (due.length === 0) return null;
    const by = this.settingOf(due[0]!, settings).chosenBy!;
    try {
      return await this.serialized(() =>
        this.write(
          { email: by.email, displayName: by.displayName, roles: ['qualityManager'] },
          'scheduled',
          `scheduled-${today}`,
          due,
          catalogue,
          settings,
        ),
      );
    } catch (error) {
      if (error instanceof DuplicateKeyError) return null;
      throw error;
    }
  }

  /** The registration file for the national catalogue (JSON-LD, sent by data box). */
  registration(identity: Identity): string {
    this.mustPublish(identity);
    return jsonText(registrationRecord(this.deps.publisher));
  }

  /**
   * A public file by its name: the catalogue, or a file of a dataset the catalogue lists (a withdrawn
   * dataset's files stay in the library's versions, not on the web). Null when there is none.
   */
  async publicFile(name: string): Promise<StoredOpenFile | null> {
    const cached = this.publicCache.get(name);
    if (cached && this.deps.now().getTime() - cached.at < (this.deps.publicCacheMs ?? 30_000))
      return cached.file;
    const file = await this.readPublic(name);
    this.publicCache.set(name, { file, at: this.deps.now().getTime() });
    return file;
  }

  private async readPublic(name: string): Promise<StoredOpenFile | null> {
    if (name !== CATALOGUE_FILE) {
      const [latest] = await this.deps.log.latest(1);
      const listed = (latest?.catalogueDatasets ?? []).some((key) =>
        Object.values(datasetFileNames(OPEN_DATASET_DEFINITIONS[key].slug)).includes(name),
      );
      if (!listed) return null;
    }
    return this.deps.files.get(name);
  }

  private async write(
    identity: Identity,
    trigger: PublicationTrigger,
    requestId: string,
    keys: readonly OpenDatasetKey[],
    catalogueKeys: readonly OpenDatasetKey[],
    settings: readonly StoredDatasetSetting[],
  ): Promise<PublicationEntry> {
    const reading = this.readingFor(identity);
    const { named } = await reading.departments();
    const built = await Promise.all(
      keys.map((key) => this.build(key, identity, settings, named, reading.sources)),
    );
    const catalogue = catalogueRecord(
      this.deps.publisher,
      catalogueKeys.map((key) => OPEN_DATASET_DEFINITIONS[key]),
    );
    const catalogueText = jsonText(catalogue);
    const problems = [
      ...built.flatMap((dataset) => dataset.files.problems),
      ...catalogueProblems(CATALOGUE_FILE, JSON.parse(catalogueText)),
    ];
    if (problems.length > 0)
      throw new DomainError(
        'conflict',
        {
          details: problems
            .slice(0, 5)
            .map((problem) => `${problem.file}: ${problem.message}`)
            .join('; '),
        },
        'opendata.invalid',
      );
    // Datasets before the catalogue: the catalogue never lists a file that is not there yet.
    const datasets: PublishedDataset[] = [];
    for (const dataset of built) {
      const names = datasetFileNames(OPEN_DATASET_DEFINITIONS[dataset.key].slug);
      datasets.push({
        key: dataset.key,
        rows: dataset.rows.length,
        files: [
          await this.put(names.csv, dataset.files.csv, CONTENT_TYPES.csv),
          await this.put(names.metadata, dataset.files.metadataText, CONTENT_TYPES.metadata),
          await this.put(names.record, dataset.files.recordText, CONTENT_TYPES.jsonld),
        ],
      });
    }
    const catalogueFile = await this.put(CATALOGUE_FILE, catalogueText, CONTENT_TYPES.jsonld);
    this.publicCache.clear();
    return this.deps.log.add({
      at: this.deps.now().toISOString(),
      by: { email: identity.email, displayName: identity.displayName },
      trigger,
      requestId,
      datasets,
      catalogue: catalogueFile,
      catalogueDatasets: [...catalogueKeys],
    });
  }

  private async put(name: string, text: string, contentType: string): Promise<PublishedFile> {
    const content = bytesOf(text);
    const checksum = sha256(content);
    const { version } = await this.deps.files.put(name, content, contentType, checksum);
    return { name, contentType, bytes: content.byteLength, sha256: checksum, version };
  }

  private async build(
    key: OpenDatasetKey,
    identity: Identity,
    settings: readonly StoredDatasetSetting[],
    named: NamedDepartments,
    sources: OpenDataSources,
  ): Promise<BuiltDataset> {
    const definition = OPEN_DATASET_DEFINITIONS[key];
    const rows = await datasetRows(key, sources, identity, named);
    const files = datasetFiles({
      definition,
      rows,
      publisher: this.deps.publisher,
      frequency: this.settingOf(key, settings).frequency,
      today: officeDate(this.deps.now()),
      disclosure: { threshold: this.thresholdOf(key), namedDepartments: new Set(named.values()) },
    });
    return { key, rows, files };
  }

  /**
   * The sources as one request reads them, and the departments open data may name by the latest
   * survey results: every survey's results are read once, though naming departments and the survey
   * dataset both need them.
   */
  private readingFor(identity: Identity) {
    let surveys: Promise<readonly SurveyResults[]> | null = null;
    const sources: OpenDataSources = {
      ...this.deps.sources,
      surveys: (publisher) => (surveys ??= this.deps.sources.surveys(publisher)),
    };
    return { sources, departments: async () => this.deps.departments(await sources.surveys(identity)) };
  }

  /**
   * The group threshold a dataset's rows are checked against: the surveys' (rule 7) for everything
   * but 360, whose figures each cycle suppresses at its own threshold, never below the 360 minimum.
   */
  private thresholdOf(key: OpenDatasetKey): number {
    return key === 'feedbackOffice' ? FEEDBACK_LIMITS.groupThreshold.min : this.deps.threshold;
  }

  private settingOf(key: OpenDatasetKey, settings: readonly StoredDatasetSetting[]) {
    const stored = settings.find((setting) => setting.key === key);
    return {
      chosen: stored?.chosen ?? false,
      frequency: stored?.frequency ?? OPEN_DATASET_DEFINITIONS[key].defaultFrequency,
      chosenBy: stored?.chosenBy ?? null,
      etag: stored?.etag ?? null,
    };
  }

  private lastPublished(key: OpenDatasetKey, log: readonly PublicationEntry[]) {
    for (const entry of log) {
      const dataset = entry.datasets.find((candidate) => candidate.key === key);
      if (dataset) return { at: entry.at, rows: dataset.rows, sha256: dataset.files[0]?.sha256 ?? '' };
    }
    return null;
  }

  private stateOf(
    key: OpenDatasetKey,
    settings: readonly StoredDatasetSetting[],
    log: readonly PublicationEntry[],
  ): OpenDatasetState {
    const definition = OPEN_DATASET_DEFINITIONS[key];
    const setting = this.settingOf(key, settings);
    const last = this.lastPublished(key, log);
    const inCatalogue = (log[0]?.catalogueDatasets ?? []).includes(key);
    return {
      key,
      title: definition.title,
      description: definition.description,
      chosen: setting.chosen,
      frequency: setting.frequency,
      etag: setting.etag,
      lastPublished: last,
      nextDue:
        setting.chosen && inCatalogue && last
          ? nextPublicationDate(setting.frequency, officeDate(new Date(last.at)))
          : null,
      inCatalogue,
      urls: this.urlsOf(key),
    };
  }

  private urlsOf(key: OpenDatasetKey): OpenDatasetState['urls'] {
    const { slug } = OPEN_DATASET_DEFINITIONS[key];
    const urls = openDataUrls(this.deps.publisher.publicUrl);
    return { record: urls.dataset(slug), csv: urls.csv(slug), metadata: urls.metadata(slug) };
  }

  private mustPublish(identity: Identity): void {
    if (!mayPublish(identity))
      throw new DomainError(
        'forbidden',
        { details: 'open data is the quality manager’s' },
        'opendata.refused',
      );
  }
}
