import { describe, expect, it } from '@jest/globals';
import {
  OPEN_DATASET_DEFINITIONS,
  WHOLE_OFFICE,
  catalogueProblems,
  catalogueRecord,
  csvProblems,
  datasetFiles,
  datasetProblems,
  isPublicationDue,
  namedDepartmentsOf,
  nextPublicationDate,
  parseCsv,
  registrationRecord,
  writeCsv,
  type OpenDataPublisher,
} from '../../src/index';

const publisher: OpenDataPublisher = {
  officeName: 'Městský úřad Lipová',
  ico: '12345679',
  ruianMunicipality: '599999',
  contactEmail: 'kvalita@lipova.example',
  publicUrl: 'https://kvalita.lipova.example',
};
const rules = { threshold: 5, namedDepartments: new Set(['Odbor dopravy']) };
const survey = OPEN_DATASET_DEFINITIONS.surveyAggregates;
const row = (department: string, respondents: number) => ({
  průzkum: 'Puls, "jaro"',
  vlna: 1,
  začátek_vlny: '2026-03-02',
  útvar: department,
  otázka: 'Jak se vám pracuje?\nA proč?',
  počet_respondentů: respondents,
  průměr: 3.456,
  enps: null,
});
const filesOf = (rows: ReturnType<typeof row>[]) =>
  datasetFiles({
    definition: survey,
    rows,
    publisher,
    frequency: 'monthly',
    today: '2026-12-04',
    disclosure: rules,
  });

describe('a dataset’s files', () => {
  it('write a CSV that reads back cell for cell, quotes and line breaks included, and passes its own CSVW metadata', () => {
    const files = filesOf([row(WHOLE_OFFICE, 40), row('Odbor dopravy', 6)]);
    expect(files.problems).toEqual([]);
    const [header, first] = parseCsv(files.csv);
    expect(header).toEqual(survey.columns.map((column) => column.name));
    expect(first).toEqual([
      'Puls, "jaro"',
      '1',
      '2026-03-02',
      WHOLE_OFFICE,
      'Jak se vám pracuje?\nA proč?',
      '40',
      '3.46',
      '',
    ]);
    expect(files.csv.endsWith('\r\n')).toBe(true);
  });

  it('refuse a CSV whose header, cells or types are not what the metadata says', () => {
    const files = filesOf([row(WHOLE_OFFICE, 40)]);
    const metadata = JSON.parse(files.metadataText) as unknown;
    const broken = files.csv.replace('2026-03-02', '2.3.2026').replace('průzkum,', 'pruzkum,');
    expect(
      csvProblems('x.csv', broken, metadata)
        .map((problem) => problem.code)
        .sort(),
    ).toEqual(['datatype', 'header']);
    expect(
      csvProblems('x.csv', `${files.csv}jen,tři,buňky\r\n`, metadata).map((problem) => problem.code),
    ).toEqual(['columnCount']);
    const empty = files.csv.replace(',40,', ',,');
    expect(csvProblems('x.csv', empty, metadata)).toEqual([
      expect.objectContaining({ code: 'required', column: 'počet_respondentů' }),
    ]);
  });

  it('refuse a row below the threshold and a department open data may not name, whatever built them', () => {
    const files = filesOf([row(WHOLE_OFFICE, 4), row('Oddělení sociální práce', 9)]);
    expect(files.problems.map((problem) => problem.code)).toEqual(['belowThreshold', 'unnamedDepartment']);
  });
});

describe('the catalogue in DCAT-AP-CZ', () => {
  const record = filesOf([row(WHOLE_OFFICE, 40)]).record;

  it('gives a dataset record and a catalogue with every property the norm requires', () => {
    expect(datasetProblems('sada.jsonld', record)).toEqual([]);
    expect(record).toMatchObject({
      poskytovatel: 'https://rpp-opendata.egon.gov.cz/odrpp/zdroj/orgán-veřejné-moci/12345679',
      prvek_rúian: ['https://linked.cuzk.cz/resource/ruian/obec/599999'],
      periodicita_aktualizace: 'http://publications.europa.eu/resource/authority/frequency/MONTHLY',
      časové_pokrytí: { typ: 'Časový interval', začátek: '2026-03-02', konec: '2026-03-02' },
    });
    expect(catalogueProblems('katalog.jsonld', catalogueRecord(publisher, [survey]))).toEqual([]);
  });

  it.each(['název', 'poskytovatel', 'téma', 'periodicita_aktualizace', 'klíčové_slovo', 'prvek_rúian'])(
    'fails a dataset record without %s',
    (property) => {
      const { [property]: _dropped, ...rest } = record;
      expect(datasetProblems('sada.jsonld', rest).map((problem) => problem.message)).toContain(
        `Datová sada: ${property} is required`,
      );
    },
  );

  it.each(['přístupové_url', 'soubor_ke_stažení', 'podmínky_užití', 'formát', 'typ_média'])(
    'fails a distribution without %s',
    (property) => {
      const distribution = (record['distribuce'] as Record<string, unknown>[])[0]!;
      const { [property]: _dropped, ...rest } = distribution;
      expect(datasetProblems('sada.jsonld', { ...record, distribuce: [rest] }).length).toBeGreaterThan(0);
    },
  );

  it('fails a catalogue without its datasets or publisher, and an http address off this computer', () => {
    const catalogue = catalogueRecord(publisher, [survey]);
    const { datová_sada: _datasets, ...noDatasets } = catalogue;
    expect(catalogueProblems('k', noDatasets).map((problem) => problem.message)).toContain(
      'Katalog: datová_sada is required',
    );
    expect(catalogueProblems('k', { ...catalogue, poskytovatel: 'https://example.cz/urad' }).length).toBe(1);
    expect(
      catalogueProblems('k', { ...catalogue, iri: 'http://kvalita.lipova.example/opendata/katalog.jsonld' })
        .length,
    ).toBe(1);
  });

  it('writes the registration file as the national catalogue’s form does, pointing at the catalogue', () => {
    expect(registrationRecord(publisher)).toMatchObject({
      '@type': ['Katalog', 'https://data.gov.cz/slovník/nkod/DcatApLkod'],
      přístupový_bod: 'https://kvalita.lipova.example/opendata/katalog.jsonld',
    });
  });
});

describe('the re-publication schedule', () => {
  it('counts periods as people do and never schedules an irregular dataset', () => {
    expect(nextPublicationDate('monthly', '2026-01-31')).toBe('2026-02-28');
    expect(nextPublicationDate('quarterly', '2026-11-30')).toBe('2027-02-28');
    expect(nextPublicationDate('weekly', '2026-12-28')).toBe('2027-01-04');
    expect(nextPublicationDate('irregular', '2026-12-28')).toBeNull();
    expect(isPublicationDue('annual', '2025-12-04', '2026-12-04')).toBe(true);
    expect(isPublicationDue('annual', '2025-12-05', '2026-12-04')).toBe(false);
    expect(isPublicationDue('monthly', null, '2026-12-04')).toBe(false);
  });
});

it('writes numbers without an exponent or a comma', () => {
  const csv = writeCsv(survey.columns, [{ ...row(WHOLE_OFFICE, 40), průměr: 0.1 + 0.2 }]);
  expect(parseCsv(csv)[1]?.[6]).toBe('0.3');
});

describe('which departments open data names', () => {
  const departments = [
    { code: 'OD', name: 'Odbor dopravy' },
    { code: 'OSV-SP', name: 'Oddělení sociální práce' },
  ];
  const wave = (opensAt: string, hidden: readonly string[]) => ({
    wave: { number: 1, opensAt, closesAt: opensAt, remindAt: null },
    invited: 40,
    respondents: 30,
    respondentsRounded: false,
    responseRate: 0.75,
    inProgress: false,
    hidden: false,
    questions: [],
    departments: departments.map((department) => ({
      ...department,
      hidden: hidden.includes(department.code),
      respondents: hidden.includes(department.code) ? null : 20,
      questions: [],
    })),
    differencing: null,
  });
  const surveys = (waves: ReturnType<typeof wave>[]) => [
    {
      surveyKey: 's',
      title: { cs: 'Puls', en: 'Pulse' },
      threshold: 5,
      textThreshold: 10,
      waves,
      trends: [],
    },
  ];

  it('names what the latest closed wave shows and none it hides, whatever the directory counts', () => {
    const result = namedDepartmentsOf({
      departments,
      surveys: surveys([wave('2026-01-05', []), wave('2026-11-02', ['OSV-SP'])]),
      headcounts: new Map([
        ['OD', 1],
        ['OSV-SP', 50],
      ]),
      threshold: 5,
    });
    expect([...result.named.values()]).toEqual(['Odbor dopravy']);
    expect(result.withheld).toBe(1);
  });

  it('counts the directory when no survey has shown departments', () => {
    const result = namedDepartmentsOf({
      departments,
      surveys: [],
      headcounts: new Map([
        ['OD', 5],
        ['OSV-SP', 4],
      ]),
      threshold: 5,
    });
    expect([...result.named.keys()]).toEqual(['OD']);
  });
});
