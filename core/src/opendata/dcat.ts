import type { OpenDataPublisher, UpdateFrequency, ValidationProblem } from './contract';
import type { OpenDatasetDefinition } from './datasets.data';

/*
 * The local catalogue in DCAT-AP-CZ ("Rozhraní katalogů otevřených dat", 2021-01-11; API type
 * "DCAT-AP Dokumenty"): one catalogue file listing dataset IRIs, each IRI answering its whole record
 * with its distribution (IRIs throughout, never blank nodes), and the checks of the norm's JSON
 * schemas (schémata/katalog.json, schémata/datová-sada.json: their `required` lists, and the
 * patterns of the IRIs) run before anything is published. docs/opendata.md has the sources.
 */

export const DCAT_AP_CZ_CONTEXT =
  'https://ofn.gov.cz/rozhraní-katalogů-otevřených-dat/2021-01-11/kontexty/rozhraní-katalogů-otevřených-dat.jsonld';

const EU = 'http://publications.europa.eu/resource/authority';

export const FREQUENCY_IRIS: Readonly<Record<UpdateFrequency, string>> = {
  weekly: `${EU}/frequency/WEEKLY`,
  monthly: `${EU}/frequency/MONTHLY`,
  quarterly: `${EU}/frequency/QUARTERLY`,
  annual: `${EU}/frequency/ANNUAL`,
  irregular: `${EU}/frequency/IRREG`,
};

/**
 * The terms of use of every file: statistics of the office's own work, not a copyright work, not a
 * database protected as one or by the maker's special right, and no personal data.
 */
export const TERMS_OF_USE = {
  typ: 'Specifikace podmínek užití',
  autorské_dílo: 'https://data.gov.cz/podmínky-užití/neobsahuje-autorská-díla/',
  databáze_jako_autorské_dílo: 'https://data.gov.cz/podmínky-užití/není-autorskoprávně-chráněnou-databází/',
  databáze_chráněná_zvláštními_právy:
    'https://data.gov.cz/podmínky-užití/není-chráněna-zvláštním-právem-pořizovatele-databáze/',
  osobní_údaje: 'https://data.gov.cz/podmínky-užití/neobsahuje-osobní-údaje/',
} as const;

export const CSV_MEDIA_TYPE_IRI = 'http://www.iana.org/assignments/media-types/text/csv';
export const CSV_FORMAT_IRI = `${EU}/file-type/CSV`;

/** The publisher's IRI in the register of rights and duties (RPP), by the office's IČO. */
export const publisherIri = (ico: string) =>
  `https://rpp-opendata.egon.gov.cz/odrpp/zdroj/orgán-veřejné-moci/${ico}`;
export const municipalityIri = (code: string) => `https://linked.cuzk.cz/resource/ruian/obec/${code}`;

/** Every public address of the open data, from the office's public URL. */
export function openDataUrls(publicUrl: string) {
  const base = `${publicUrl.replace(/\/+$/, '')}/opendata`;
  return {
    base,
    catalogue: `${base}/katalog.jsonld`,
    dataset: (slug: string) => `${base}/sady/${slug}`,
    distribution: (slug: string) => `${base}/sady/${slug}/distribuce/csv`,
    csv: (slug: string) => `${base}/soubory/${slug}.csv`,
    metadata: (slug: string) => `${base}/soubory/${slug}.csv-metadata.json`,
  };
}

/** The public file names of a dataset in the library (the last part of its addresses). */
export const datasetFileNames = (slug: string) => ({
  record: `${slug}.jsonld`,
  csv: `${slug}.csv`,
  metadata: `${slug}.csv-metadata.json`,
});
export const CATALOGUE_FILE = 'katalog.jsonld';

const contactPoint = (publisher: OpenDataPublisher) => ({
  typ: 'Organizace',
  jméno: { cs: publisher.officeName, en: publisher.officeName },
  'e-mail': `mailto:${publisher.contactEmail}`,
});

export interface DatasetRecordInput {
  readonly definition: OpenDatasetDefinition;
  readonly publisher: OpenDataPublisher;
  readonly frequency: UpdateFrequency;
  /** The first and last day the rows cover; null when the table is empty. */
  readonly coverage: { readonly from: string; readonly to: string } | null;
}

/** A dataset's whole record, with its CSV distribution, as its IRI answers it. */
export function datasetRecord(input: DatasetRecordInput): Record<string, unknown> {
  const { definition, publisher } = input;
  const urls = openDataUrls(publisher.publicUrl);
  return {
    '@context': DCAT_AP_CZ_CONTEXT,
    iri: urls.dataset(definition.slug),
    typ: 'Datová sada',
    název: definition.title,
    popis: definition.description,
    poskytovatel: publisherIri(publisher.ico),
    téma: definition.themes.map((code) => `${EU}/data-theme/${code}`),
    periodicita_aktualizace: FREQUENCY_IRIS[input.frequency],
    klíčové_slovo: { cs: [...definition.keywords.cs], en: [...definition.keywords.en] },
    prvek_rúian: [municipalityIri(publisher.ruianMunicipality)],
    geografické_území: [`${EU}/country/CZE`],
    ...(input.coverage
      ? { časové_pokrytí: { typ: 'Časový interval', začátek: input.coverage.from, konec: input.coverage.to } }
      : {}),
    kontaktní_bod: contactPoint(publisher),
    distribuce: [
      {
        typ: 'Distribuce',
        iri: urls.distribution(definition.slug),
        název: { cs: `${definition.title.cs} (CSV)`, en: `${definition.title.en} (CSV)` },
        podmínky_užití: TERMS_OF_USE,
        soubor_ke_stažení: urls.csv(definition.slug),
        přístupové_url: urls.csv(definition.slug),
        typ_média: CSV_MEDIA_TYPE_IRI,
        formát: CSV_FORMAT_IRI,
        schéma: urls.metadata(definition.slug),
      },
    ],
  };
}

/** The catalogue file: the office's catalogue listing the datasets published now. */
export function catalogueRecord(
  publisher: OpenDataPublisher,
  datasets: readonly OpenDatasetDefinition[],
): Record<string, unknown> {
  const urls = openDataUrls(publisher.publicUrl);
  return {
    '@context': DCAT_AP_CZ_CONTEXT,
    iri: urls.catalogue,
    typ: 'Katalog',
    název: {
      cs: `Otevřená data o kvalitě – ${publisher.officeName}`,
      en: `Open data on quality – ${publisher.officeName}`,
    },
    popis: {
      cs: `Lokální katalog otevřených dat systému řízení kvality: výsledky sebehodnocení CAF, opatření, průzkumy a další souhrnné údaje. ${publisher.officeName}.`,
      en: `Local open data catalogue of the quality management system: CAF self-assessment results, measures, surveys and other aggregate figures. ${publisher.officeName}.`,
    },
    poskytovatel: publisherIri(publisher.ico),
    kontaktní_bod: contactPoint(publisher),
    domovská_stránka: urls.base,
    datová_sada: datasets.map((definition) => urls.dataset(definition.slug)),
  };
}

/** The context of the registration file the national catalogue's form writes today. */
export const NKOD_REGISTRATION_CONTEXT =
  'https://ofn.gov.cz/dcat-ap-cz-rozhraní-katalogů-otevřených-dat/2024-05-28/kontexty/rozhraní-katalogů-otevřených-dat.jsonld';
/** The form's API type "DCAT-AP Dokumenty". */
export const NKOD_LKOD_TYPE = 'https://data.gov.cz/slovník/nkod/DcatApLkod';
/** The name the form downloads the registration as (sent by data box with the subject "NKOD"). */
export const NKOD_REGISTRATION_FILE = 'nkod-registrace-katalogu.jsonld.txt';

/**
 * The registration record of the local catalogue, as the form "Registrace lokálního katalogu"
 * exports it: the catalogue's URL as the access point, its name, the contact and the home page.
 */
export function registrationRecord(publisher: OpenDataPublisher): Record<string, unknown> {
  const urls = openDataUrls(publisher.publicUrl);
  return {
    '@context': NKOD_REGISTRATION_CONTEXT,
    '@type': ['Katalog', NKOD_LKOD_TYPE],
    přístupový_bod: urls.catalogue,
    název: {
      cs: `Otevřená data o kvalitě – ${publisher.officeName}`,
      en: `Open data on quality – ${publisher.officeName}`,
    },
    kontaktní_bod: contactPoint(publisher),
    domovská_stránka: urls.base,
  };
}

/* The checks, from the norm's JSON schemas (2021-01-11). */

const CATALOGUE_REQUIRED = ['@context', 'typ', 'iri', 'název', 'popis', 'poskytovatel', 'datová_sada'];
const DATASET_REQUIRED = [
  '@context',
  'typ',
  'iri',
  'název',
  'popis',
  'poskytovatel',
  'téma',
  'periodicita_aktualizace',
  'klíčové_slovo',
  'prvek_rúian',
];
const DISTRIBUTION_REQUIRED = ['typ', 'iri', 'podmínky_užití', 'přístupové_url'];
/** What the norm's text makes required of a distribution that is a file to download. */
const FILE_DISTRIBUTION_REQUIRED = ['soubor_ke_stažení', 'formát', 'typ_média'];
const TERMS_REQUIRED = [
  'typ',
  'autorské_dílo',
  'databáze_jako_autorské_dílo',
  'databáze_chráněná_zvláštními_právy',
  'osobní_údaje',
];

/**
 * An address the catalogue may give: https, or http on this computer only (the local mode's
 * loopback service; the national catalogue harvests https only).
 */
export function isPublishableUrl(value: unknown): boolean {
  if (typeof value !== 'string' || /\s/.test(value)) return false;
  return (
    /^https:\/\/[^/?#:]+(:\d+)?([/?#]|$)/.test(value) ||
    /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?([/?#]|$)/.test(value)
  );
}

const isLanguageMap = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  ['cs', 'en'].some((language) => typeof (value as Record<string, unknown>)[language] === 'string');

class Problems {
  readonly list: ValidationProblem[] = [];
  constructor(private readonly file: string) {}

  add(message: string): void {
    this.list.push({ file: this.file, row: null, column: null, code: 'missingProperty', message });
  }

  required(record: Record<string, unknown>, keys: readonly string[], where: string): void {
    for (const key of keys) {
      const value = record[key];
      if (
        value === undefined ||
        value === null ||
        value === '' ||
        (Array.isArray(value) && value.length === 0)
      )
        this.add(`${where}: ${key} is required`);
    }
  }

  pattern(value: unknown, test: RegExp, what: string): void {
    const values = Array.isArray(value) ? value : [value];
    if (value !== undefined && !values.some((entry) => typeof entry === 'string' && test.test(entry)))
      this.add(`${what} must match ${test.source}`);
  }
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const PUBLISHER_PATTERN = /^https:\/\/rpp-opendata\.egon\.gov\.cz\/odrpp\/zdroj\/orgán-veřejné-moci\/\d{8}$/;

/** What a catalogue file lacks against the norm; empty when it may be published. */
export function catalogueProblems(file: string, record: unknown): ValidationProblem[] {
  const problems = new Problems(file);
  const catalogue = asRecord(record);
  problems.required(catalogue, CATALOGUE_REQUIRED, 'Katalog');
  if (catalogue['@context'] !== undefined && catalogue['@context'] !== DCAT_AP_CZ_CONTEXT)
    problems.add(`Katalog: @context must be ${DCAT_AP_CZ_CONTEXT}`);
  if (catalogue['typ'] !== undefined && catalogue['typ'] !== 'Katalog')
    problems.add('Katalog: typ must be "Katalog"');
  for (const key of ['název', 'popis'])
    if (catalogue[key] !== undefined && !isLanguageMap(catalogue[key]))
      problems.add(`Katalog: ${key} must be a language map with cs or en`);
  problems.pattern(catalogue['poskytovatel'], PUBLISHER_PATTERN, 'Katalog: poskytovatel');
  for (const key of ['iri', 'domovská_stránka'])
    if (catalogue[key] !== undefined && !isPublishableUrl(catalogue[key]))
      problems.add(`Katalog: ${key} must be an https URL`);
  const datasets = catalogue['datová_sada'];
  if (datasets !== undefined && (!Array.isArray(datasets) || !datasets.every(isPublishableUrl)))
    problems.add('Katalog: datová_sada must be a list of https URLs');
  return problems.list;
}

/** What a dataset record (with its distributions) lacks against the norm; empty when it may be published. */
export function datasetProblems(file: string, record: unknown): ValidationProblem[] {
  const problems = new Problems(file);
  const dataset = asRecord(record);
  problems.required(dataset, DATASET_REQUIRED, 'Datová sada');
  if (dataset['@context'] !== undefined && dataset['@context'] !== DCAT_AP_CZ_CONTEXT)
    problems.add(`Datová sada: @context must be ${DCAT_AP_CZ_CONTEXT}`);
  if (dataset['typ'] !== undefined && dataset['typ'] !== 'Datová sada')
    problems.add('Datová sada: typ must be "Datová sada"');
  for (const key of ['název', 'popis'])
    if (dataset[key] !== undefined && !isLanguageMap(dataset[key]))
      problems.add(`Datová sada: ${key} must be a language map with cs or en`);
  if (dataset['iri'] !== undefined && !isPublishableUrl(dataset['iri']))
    problems.add('Datová sada: iri must be an https URL');
  problems.pattern(dataset['poskytovatel'], PUBLISHER_PATTERN, 'Datová sada: poskytovatel');
  problems.pattern(
    dataset['téma'],
    /^http:\/\/publications\.europa\.eu\/resource\/authority\/data-theme\/.+$/,
    'Datová sada: téma',
  );
  problems.pattern(
    dataset['periodicita_aktualizace'],
    /^http:\/\/publications\.europa\.eu\/resource\/authority\/frequency\/.+$/,
    'Datová sada: periodicita_aktualizace',
  );
  problems.pattern(
    dataset['prvek_rúian'],
    /^https:\/\/linked\.cuzk\.cz\/resource\/ruian\/.+$/,
    'Datová sada: prvek_rúian',
  );
  if (dataset['klíčové_slovo'] !== undefined && !isLanguageMap(dataset['klíčové_slovo'])) {
    const keywords = asRecord(dataset['klíčové_slovo']);
    if (
      !['cs', 'en'].some(
        (language) => Array.isArray(keywords[language]) && (keywords[language] as unknown[]).length > 0,
      )
    )
      problems.add('Datová sada: klíčové_slovo must give keywords in cs or en');
  }
  const distributions = dataset['distribuce'];
  if (!Array.isArray(distributions) || distributions.length === 0)
    problems.add('Datová sada: distribuce is required');
  else
    distributions.forEach((candidate, index) => {
      const where = `Distribuce ${index + 1}`;
      const distribution = asRecord(candidate);
      problems.required(distribution, [...DISTRIBUTION_REQUIRED, ...FILE_DISTRIBUTION_REQUIRED], where);
      if (distribution['typ'] !== undefined && distribution['typ'] !== 'Distribuce')
        problems.add(`${where}: typ must be "Distribuce"`);
      for (const key of ['iri', 'přístupové_url', 'soubor_ke_stažení', 'schéma'])
        if (distribution[key] !== undefined && !isPublishableUrl(distribution[key]))
          problems.add(`${where}: ${key} must be an https URL`);
      if (
        distribution['soubor_ke_stažení'] !== undefined &&
        distribution['přístupové_url'] !== distribution['soubor_ke_stažení']
      )
        problems.add(`${where}: přístupové_url must be the file's address (soubor_ke_stažení)`);
      problems.pattern(
        distribution['formát'],
        /^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/.+$/,
        `${where}: formát`,
      );
      problems.pattern(
        distribution['typ_média'],
        /^http:\/\/www\.iana\.org\/assignments\/media-types\/.+$/,
        `${where}: typ_média`,
      );
      if (distribution['podmínky_užití'] !== undefined) {
        const terms = asRecord(distribution['podmínky_užití']);
        problems.required(terms, TERMS_REQUIRED, `${where}: podmínky_užití`);
        problems.pattern(
          terms['osobní_údaje'],
          /^https:\/\/data\.gov\.cz\/podmínky-užití\/(neobsahuje|obsahuje)-osobní-údaje\/$/,
          `${where}: podmínky_užití.osobní_údaje`,
        );
      }
    });
  return problems.list;
}
