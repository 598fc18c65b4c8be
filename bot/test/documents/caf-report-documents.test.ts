import { describe, expect, it, jest } from '@jest/globals';
import { aggregate } from '@kvalita/core';
import JSZip from 'jszip';
import { buildReportDocx } from '../../src/caf/report/build-report';
import type { SelfAssessmentReport } from '../../src/caf/report/report.types';

// Laying out the pages for the contents' page numbers takes a second or two on a busy machine.
jest.setTimeout(30_000);

function report(overrides: Partial<SelfAssessmentReport> = {}): SelfAssessmentReport {
  return {
    locale: 'cs',
    officeName: 'Městský úřad Lipová',
    generatedAt: '2026-12-20T10:00:00Z',
    cycle: {
      name: 'Sebehodnocení CAF 2026',
      method: 'classical',
      startDate: '2026-09-01',
      endDate: '2026-12-15',
      scope: { kind: 'office' },
      scopeDepartmentNames: [],
      currentStep: 6,
    },
    approval: null,
    team: [{ name: 'Ing. Jana Nováková', role: 'leader', department: 'Kancelář tajemníka' }],
    results: aggregate({ '1.1': 55 }),
    previousCycle: null,
    changes: [],
    previousOverall: null,
    previousCriteria: {},
    subcriteria: [
      { code: '1.1', score: 55, strengths: [], areasForImprovement: [], improvementIdeas: [], evidence: [] },
    ],
    measures: [],
    previousMeasures: [],
    surveyEvidence: [],
    ...overrides,
  };
}

async function bodyText(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1])
    .join(' ');
}

describe('the CAF report’s “Platné řízené dokumenty”', () => {
  it('lists the documents in force on the report’s date with version and effective date', async () => {
    const text = await bodyText(
      await buildReportDocx(
        report({
          documentsInForce: {
            onDate: '2026-12-15',
            documents: [
              {
                code: 'EK-01',
                title: 'Etický kodex',
                kind: 'codeOfEthics',
                versionLabel: '2.0',
                effectiveFrom: '2026-03-01',
              },
              {
                code: 'SM-01',
                title: 'Metodika řízení kvality',
                kind: 'methodology',
                versionLabel: '3.0',
                effectiveFrom: '2025-09-01',
              },
            ],
          },
        }),
      ),
    );
    expect(text).toContain('Platné řízené dokumenty');
    expect(text).toMatch(/EK-01 Etický kodex Etický kodex 2\.0 1\. 3\. 2026/);
    expect(text).toMatch(/SM-01 Metodika řízení kvality Metodika 3\.0/);
  });

  it('says so when none was in force, and leaves the section out without the register', async () => {
    const none = await bodyText(
      await buildReportDocx(report({ documentsInForce: { onDate: '2026-12-15', documents: [] } })),
    );
    expect(none).toContain('Ke dni zprávy nebyl platný žádný řízený dokument.');
    const without = await bodyText(await buildReportDocx(report()));
    expect(without).not.toContain('Platné řízené dokumenty');
  });
});
