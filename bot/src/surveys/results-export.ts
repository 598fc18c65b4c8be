import {
  INTL_TAGS,
  SCALE_POINTS,
  inLocale,
  optionsInLocale,
  safeText,
  safeTextDeep,
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
  type QuestionResult,
  type SurveyResults,
  type WaveResult,
} from '@kvalita/core';
import ExcelJS from 'exceljs';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Cell = string | number | null;

/**
 * The permitted aggregates of a survey as an .xlsx workbook, one sheet per content. It writes only
 * what SurveyResults already carries: hidden figures are null there and stay empty cells here, and
 * text answers appear only where the results show them. Every text typed into the results (titles,
 * questions, options, department names, answers) passes `safeText` first: one character XML
 * cannot hold made the whole workbook one Excel refuses to open.
 */
export async function resultsWorkbook(typed: SurveyResults, locale: Locale): Promise<Buffer> {
  const results = safeTextDeep(typed);
  const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const col = (name: string) => t(`api.surveys.export.column.${name}` as MessageKey);
  const when = (iso: string) =>
    new Intl.DateTimeFormat(INTL_TAGS[locale], {
      timeZone: 'Europe/Prague',
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));
  const questionText = (question: { text: { cs: string; en: string } }) => inLocale(question.text, locale);
  const hiddenWave = t('api.surveys.export.value.hidden', { threshold: results.threshold });
  // A wave in progress has its figures withheld whatever its size: say so rather than "too few".
  const waveState = (wave: WaveResult) => {
    if (wave.inProgress) return t('api.surveys.export.value.inProgress', { threshold: results.threshold });
    if (wave.differencing?.scope === 'wave')
      return t('api.surveys.export.value.withheld', {
        title: inLocale(wave.differencing.title, locale),
        threshold: results.threshold,
      });
    return wave.hidden ? hiddenWave : t('api.surveys.export.value.shown');
  };

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kvalita';
  const sheet = (nameKey: MessageKey, headers: readonly string[], rows: readonly Cell[][]) => {
    const worksheet = workbook.addWorksheet(t(nameKey));
    worksheet.addRow([...headers]).font = { bold: true };
    for (const row of rows) worksheet.addRow(row);
    worksheet.columns.forEach((column, index) => {
      column.width = index === 0 ? 12 : 22;
    });
    worksheet.views = [{ state: 'frozen', ySplit: 1 }];
    return worksheet;
  };

  const summary = workbook.addWorksheet(t('api.surveys.export.sheet.summary'));
  summary.addRow([t('api.surveys.export.heading', { title: inLocale(results.title, locale) })]).font = {
    bold: true,
    size: 14,
  };
  summary.addRow([
    t('api.surveys.export.privacyNote', {
      threshold: results.threshold,
      textThreshold: results.textThreshold,
    }),
  ]);
  summary.addRow([]);
  summary.addRow(
    ['wave', 'opensAt', 'closesAt', 'invited', 'respondents', 'responseRate', 'results'].map(col),
  ).font = { bold: true };
  for (const wave of results.waves) {
    const row = summary.addRow([
      wave.wave.number,
      when(wave.wave.opensAt),
      when(wave.wave.closesAt),
      wave.invited,
      wave.respondents,
      wave.responseRate,
      waveState(wave),
    ]);
    row.getCell(6).numFmt = '0%';
  }
  summary.columns.forEach((column, index) => {
    column.width = index === 0 ? 12 : 22;
  });

  const questionRows: Cell[][] = [];
  const distributionRows: Cell[][] = [];
  const textRows: Cell[][] = [];
  for (const wave of results.waves) {
    for (const question of wave.questions) {
      questionRows.push([
        wave.wave.number,
        questionText(question),
        t(`api.surveys.export.type.${question.type}` as MessageKey),
        question.answered,
        question.average,
        question.enps?.score ?? null,
        question.enps?.promoters ?? null,
        question.enps?.passives ?? null,
        question.enps?.detractors ?? null,
        waveState(wave),
      ]);
      for (const [answer, count] of breakdown(question, locale))
        distributionRows.push([wave.wave.number, questionText(question), answer, count]);
      for (const text of question.texts ?? [])
        textRows.push([wave.wave.number, questionText(question), text]);
    }
  }
  const questions = sheet(
    'api.surveys.export.sheet.questions',
    [
      'wave',
      'question',
      'type',
      'answered',
      'average',
      'enps',
      'promoters',
      'passives',
      'detractors',
      'results',
    ].map(col),
    questionRows,
  );
  questions.getColumn(5).numFmt = '0.00';
  sheet(
    'api.surveys.export.sheet.distribution',
    ['wave', 'question', 'answer', 'count'].map(col),
    distributionRows,
  );

  const departmentRows: Cell[][] = [];
  for (const wave of results.waves) {
    for (const department of wave.departments) {
      if (department.hidden) {
        departmentRows.push([
          wave.wave.number,
          department.name,
          null,
          t('api.surveys.export.value.hiddenGroup'),
          null,
          null,
        ]);
        continue;
      }
      for (const figure of department.questions) {
        const question = wave.questions.find((candidate) => candidate.key === figure.key);
        departmentRows.push([
          wave.wave.number,
          department.name,
          department.respondents,
          question ? questionText(question) : figure.key,
          figure.average,
          figure.enps,
        ]);
      }
    }
  }
  const departments = sheet(
    'api.surveys.export.sheet.departments',
    ['wave', 'department', 'respondents', 'question', 'average', 'enps'].map(col),
    departmentRows,
  );
  departments.getColumn(5).numFmt = '0.00';

  const trend = sheet(
    'api.surveys.export.sheet.trend',
    ['question', 'wave', 'opensAt', 'average', 'enps'].map(col),
    results.trends.flatMap((question) =>
      question.points.map((point): Cell[] => [
        questionText(question),
        point.wave,
        when(point.opensAt),
        point.average,
        point.enps,
      ]),
    ),
  );
  trend.getColumn(4).numFmt = '0.00';

  // Only waves whose texts are shown have any; no department, no time, the order already shuffled.
  if (textRows.length > 0)
    sheet('api.surveys.export.sheet.texts', ['wave', 'question', 'answer'].map(col), textRows);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Answers per scale point or option; nothing for a hidden question or a text question. */
function breakdown(question: QuestionResult, locale: Locale): [string, number][] {
  if (question.distribution && (question.type === 'scale5' || question.type === 'scale11'))
    return SCALE_POINTS[question.type].map((point) => [String(point), question.distribution?.[point] ?? 0]);
  if (question.optionCounts) {
    const texts = optionsInLocale(question.optionTexts, locale);
    return question.optionCounts.map((count, index) => [texts[index] ?? String(index + 1), count]);
  }
  return [];
}

/**
 * Content-Disposition for a download named after the survey: an ASCII fallback without quotes,
 * slashes or control characters, and the full name in RFC 5987 `filename*`. `safeText` first: half a
 * surrogate pair would make encodeURIComponent throw.
 */
export function attachmentDisposition(name: string, extension: string): string {
  const cleaned =
    safeText(name)
      .normalize('NFC')
      .replace(/[\p{Cc}\p{Cf}"\\/:*?<>|]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'kvalita';
  const ascii =
    cleaned
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/[;%]/g, '_')
      .trim() || 'kvalita';
  const encoded = encodeURIComponent(`${cleaned}.${extension}`).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encoded}`;
}
