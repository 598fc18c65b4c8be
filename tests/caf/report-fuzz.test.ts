import { describe, expect, it, jest } from '@jest/globals';
import { aggregate, compareCycles, type Locale } from '@kvalita/core';
import { buildReportDocx } from '../../bot/src/caf/report/build-report';
import type { SelfAssessmentReport } from '../../bot/src/caf/report/report.types';
import { hostileCharactersIn, hostileText, seededRandom } from '../support/hostile-text';
import { convertWithLibreOffice, parseXmlParts, requireLibreOffice } from '../support/office-files';

/**
 * The self-assessment report (.docx) with hostile characters in every text people type (the
 * office, the cycles, people and departments, the consensus texts, evidence, measures, surveys):
 * Word's parts stay well-formed XML, LibreOffice opens it, and it shows what was typed minus the
 * characters XML cannot hold and the bidirectional controls.
 */

// Laying out the pages for the contents takes a few seconds per report on a busy machine.
jest.setTimeout(120_000);

function fuzzedReport(seed: number, locale: Locale): { report: SelfAssessmentReport; visible: string[] } {
  const random = seededRandom(seed);
  const visible: string[] = [];
  const text = (length?: number) => {
    const hostile = hostileText(random, length);
    visible.push(hostile.visible);
    return hostile.typed;
  };
  const url = () => {
    const hostile = hostileText(random, 30);
    visible.push(`https://lipova.sharepoint.com/${hostile.visible}`);
    return `https://lipova.sharepoint.com/${hostile.typed}`;
  };
  const consensus = { '1.1': 55, '3.2': 30, '6.2': 72 };
  const before = { '1.1': 40, '3.2': 35 };
  const report: SelfAssessmentReport = {
    locale,
    officeName: text(),
    generatedAt: '2026-11-22T10:00:00Z',
    cycle: {
      name: text(),
      method: 'classical',
      startDate: '2026-09-01',
      endDate: '2026-12-15',
      scope: { kind: 'departments', departmentCodes: ['SOC', 'FIN'] },
      scopeDepartmentNames: [text(), text()],
      currentStep: 6,
    },
    approval: { approvedBy: text(), approvedAt: '2026-12-20' },
    team: [
      { name: text(), role: 'leader', department: text() },
      { name: text(), role: 'member', department: text() },
    ],
    results: aggregate(consensus),
    previousCycle: {
      name: text(),
      startDate: '2024-09-02',
      endDate: '2024-12-13',
      approval: { approvedBy: text(), approvedAt: '2025-01-20' },
    },
    changes: compareCycles(consensus, before),
    previousOverall: aggregate(before).overall,
    previousCriteria: Object.fromEntries(aggregate(before).criteria.map((c) => [c.number, c.score])),
    subcriteria: (['1.1', '3.2', '6.2'] as const).map((code, index) => ({
      code,
      score: consensus[code],
      // One consensus text at the 4,000-character limit.
      strengths: [text(index === 0 ? 4000 : 200), text()],
      areasForImprovement: [text(300)],
      improvementIdeas: [text()],
      evidence: [{ title: text(), url: url() }],
    })),
    measures: [
      {
        title: text(),
        subcriterionCode: '3.2',
        ownerName: text(),
        deadline: '2027-06-30',
        status: 'approved',
        effective: null,
      },
    ],
    previousMeasures: [
      {
        title: text(),
        subcriterionCode: '1.1',
        ownerName: text(),
        deadline: '2025-06-30',
        status: 'closed',
        effective: true,
      },
    ],
    surveyEvidence: [
      { title: text(), subcriteria: ['3.2'], waves: 4, lastWaveOpensAt: '2026-11-16T07:00:00Z' },
    ],
  };
  return { report, visible };
}

describe('self-assessment report with hostile text in every field (.docx)', () => {
  it('is well-formed XML in every part and shows every text minus the removed characters', async () => {
    for (const [seed, locale] of [
      [11, 'cs'],
      [12, 'en'],
    ] as const) {
      const { report, visible } = fuzzedReport(seed, locale);
      const parts = await parseXmlParts(await buildReportDocx(report));
      // The chart's own workbook is opened too: it names the previous cycle.
      expect(parts.some((part) => part.name.includes('.xlsx!xl/sharedStrings.xml'))).toBe(true);
      for (const part of parts) expect([part.name, hostileCharactersIn(part.text)]).toEqual([part.name, []]);
      const document = parts.find((part) => part.name === 'word/document.xml')?.text ?? '';
      for (const text of visible) expect(document.includes(text) ? text : `missing: ${text}`).toBe(text);
    }
  });

  it('opens in LibreOffice, which reads every text typed', async () => {
    requireLibreOffice();
    const { report, visible } = fuzzedReport(13, 'cs');
    const conversion = convertWithLibreOffice(
      await buildReportDocx(report),
      'docx',
      'txt:Text (encoded):UTF8',
    );
    expect(conversion.status).toBe(0);
    expect(conversion.log).not.toMatch(/\berror\b/i);
    const text = [...conversion.outputs.values()].map((output) => output.toString('utf8')).join('\n');
    expect(hostileCharactersIn(text)).toEqual([]);
    for (const typed of visible) expect(text.includes(typed) ? typed : `missing: ${typed}`).toBe(typed);
  });
});
