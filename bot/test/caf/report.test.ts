import { describe, expect, it } from '@jest/globals';
import { aggregate, compareCycles } from '@kvalita/core';
import JSZip from 'jszip';
import { buildReportDocx } from '../../src/caf/report/build-report';
import type { SelfAssessmentReport } from '../../src/caf/report/report.types';

const consensus = { '1.1': 55, '1.2': 40, '3.2': 30, '6.2': 72 };

function report(overrides: Partial<SelfAssessmentReport> = {}): SelfAssessmentReport {
  return {
    locale: 'cs',
    officeName: 'Městský úřad Lipová',
    generatedAt: '2026-11-22T10:00:00Z',
    cycle: {
      name: 'Sebehodnocení CAF 2026',
      method: 'classical',
      startDate: '2026-09-01',
      endDate: '2026-12-15',
      scope: { kind: 'office' },
      scopeDepartmentNames: [],
    },
    approval: null,
    team: [
      { name: 'Marie Procházková', role: 'member', department: 'Oddělení sociální práce' },
      { name: 'Bc. Lucie Dvořáková', role: 'leader', department: 'Odbor sociálních věcí' },
    ],
    results: aggregate(consensus),
    changes: compareCycles(consensus, { '1.1': 40 }),
    subcriteria: [
      {
        code: '3.2',
        score: 30,
        strengths: ['Plán vzdělávání na každý rok'],
        areasForImprovement: [
          'Zastupitelnost na agendě příspěvku na péči',
          '<script>alert("x")</script> & "uvozovky"',
        ],
        improvementIdeas: [],
      },
    ],
    measures: [
      {
        title: 'Zaškolit druhou osobu',
        subcriterionCode: '3.2',
        ownerName: 'Bc. Lucie Dvořáková',
        deadline: '2027-06-30',
      },
    ],
    surveyEvidence: [],
    ...overrides,
  };
}

async function documentText(buffer: Buffer): Promise<{ xml: string; text: string }> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('\n');
  return { xml, text };
}

describe('self-assessment report (.docx)', () => {
  it('is a Word document with cover, team, method, results, every subcriterion and next steps in Czech', async () => {
    const buffer = await buildReportDocx(report());
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const { text } = await documentText(buffer);
    for (const expected of [
      'Zpráva o sebehodnocení podle modelu CAF 2020',
      'Městský úřad Lipová',
      'Návrh – čeká na schválení',
      'Hodnoticí tým',
      'Vedoucí týmu',
      'Klasické hodnocení',
      'Rozsah: celý úřad.',
      'Celkové skóre',
      'Skóre kritérií (0–100)',
      '3.2 Rozvíjet a řídit kompetence zaměstnanců',
      'Plán vzdělávání na každý rok',
      'Zastupitelnost na agendě příspěvku na péči',
      'Další kroky',
      '3.2: Zaškolit druhou osobu – odpovídá Bc. Lucie Dvořáková – termín 30. 6. 2027',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.match(/^\d\.\d /gm)).toHaveLength(28);
  });

  it('lists the leader first, shows the change since the last cycle and warns when scoring is incomplete', async () => {
    const { text } = await documentText(await buildReportDocx(report()));
    expect(text.indexOf('Bc. Lucie Dvořáková')).toBeLessThan(text.indexOf('Marie Procházková'));
    expect(text).toContain('+15');
    expect(text).toContain('hodnocena jsou jen některá subkritéria (4 z 28)');
    expect(text).toContain('Skóre: 30 – PLAN: přístup je naplánován');
  });

  it('keeps typed text as text: markup and quotes are escaped, never interpreted', async () => {
    const { xml, text } = await documentText(await buildReportDocx(report()));
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    expect(text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;uvozovky&quot;');
  });

  it('is written in English on request, with the approval recorded', async () => {
    const { text } = await documentText(
      await buildReportDocx(
        report({
          locale: 'en',
          approval: { approvedBy: 'Mgr. Petr Svoboda', approvedAt: '2026-12-20T09:00:00Z' },
        }),
      ),
    );
    expect(text).toContain('CAF 2020 self-assessment report');
    expect(text).toContain('Approved: Mgr. Petr Svoboda, 20 Dec 2026');
    expect(text).toContain('3.2 Develop and manage competencies of people');
    expect(text).toContain('Strengths');
  });

  it('lists Kvalita surveys marked as evidence under each of their subcriteria, scored or not, and nothing where there are none', async () => {
    const { text } = await documentText(
      await buildReportDocx(
        report({
          surveyEvidence: [
            {
              title: 'Týdenní pulz: pohoda v práci',
              subcriteria: ['7.1', '3.3'],
              waves: 6,
              lastWaveOpensAt: '2026-11-16T07:00:00Z',
            },
          ],
        }),
      ),
    );
    expect(text).toContain('Doklady z průzkumů Kvality');
    expect(text).toContain(
      'Týdenní pulz: pohoda v práci – počet vln za posledních 12 měsíců: 6, poslední 16. 11. 2026',
    );
    expect(text.indexOf('Týdenní pulz')).toBeGreaterThan(text.indexOf('3.3 '));
    expect(text.lastIndexOf('Týdenní pulz')).toBeGreaterThan(text.indexOf('7.1 '));
    expect(text.split('Týdenní pulz').length - 1).toBe(2);
    const { text: without } = await documentText(await buildReportDocx(report()));
    expect(without).not.toContain('Doklady z průzkumů Kvality');
  });
});
