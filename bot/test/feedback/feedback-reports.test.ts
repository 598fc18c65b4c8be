import { describe, expect, it } from '@jest/globals';
import { FeedbackRefusedError, type FeedbackReport } from '@kvalita/core';
import JSZip from 'jszip';
import { buildFeedbackReportDocx } from '../../src/feedback/exports/report-docx';
import {
  advanceTo,
  email,
  feedbackFixture,
  ratingCycle,
  ratingsOf,
  startedCycle,
  subjectOf,
  type FeedbackFixture,
} from './service-fixture';

const RATERS = [
  { local: 'karel.novy', group: 'peer' },
  { local: 'hana.mala', group: 'peer' },
  { local: 'ondrej.kral', group: 'peer' },
  { local: 'petra.sedla', group: 'peer' },
  { local: 'jiri.kucera', group: 'other' },
] as const;

/** Marie's cycle answered: herself 5 everywhere, Lucie 3, four peers 2, one other 2 (merged: a group of one). */
async function answeredCycle(fixture: FeedbackFixture) {
  const { cycle, subject, model } = await ratingCycle(fixture, RATERS);
  const groupKey = model.groups[0]?.key ?? '';
  const answer = async (local: string, point: 2 | 3 | 5, comment?: string) =>
    fixture.service.submitRating(await fixture.actor(local), cycle.id, subject.id, {
      ratings: ratingsOf(model, point),
      comments: comment ? { [groupKey]: comment } : {},
    });
  await answer('marie.prochazkova', 5, 'Myslím, že komunikuji dobře.');
  await answer('lucie.dvorakova', 3, 'Potřebuje delegovat.');
  for (const local of ['karel.novy', 'hana.mala', 'ondrej.kral', 'petra.sedla'])
    await answer(local, 2, `Komentář ${local}`);
  await answer('jiri.kucera', 2, 'Komentář jiného hodnotitele.');
  return { cycle, subject, model };
}

async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<\/w:p>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');
}

describe('360 reports', () => {
  it('shows the subject self against others per competency, drops a group of one that no merge lifts to 3, and says so', async () => {
    const fixture = feedbackFixture();
    const { cycle, subject, model } = await answeredCycle(fixture);
    await advanceTo(fixture, cycle.id, 'released');
    const marie = await fixture.actor('marie.prochazkova');
    const { report, mayAddGoals } = await fixture.service.report(marie, cycle.id, subject.id);
    expect(mayAddGoals).toBe(true);
    expect(report.groups.map((group) => [group.group, group.answers])).toEqual(
      [
        ['self', 1],
        ['manager', 1],
        ['peer', 4],
        ['other', 1],
      ].filter(([group]) => group !== 'other'),
    );
    expect(report.suppressed).toEqual([{ group: 'other', answers: 1, outcome: 'dropped' }]);
    const competency = report.competencies[0];
    expect(competency?.self.mean).toBe(5);
    // Lucie's 3 and four peers' 2 (the other's 2 dropped): (3 + 4 × 2) / 5 = 2.2.
    expect(competency?.others.mean).toBe(2.2);
    expect(competency?.finding).toBe('blindSpot');
    expect(report.comments.map((comment) => comment.text)).not.toContain('Komentář jiného hodnotitele.');
    expect(report.comments.filter((comment) => comment.group === 'peer')).toHaveLength(4);
    expect(model.groups[0]?.competencies.length).toBeGreaterThan(0);
  });

  it('is read only by the subject and their manager, and only once released — never by the coordinator', async () => {
    const fixture = feedbackFixture();
    const { cycle, subject } = await answeredCycle(fixture);
    const marie = await fixture.actor('marie.prochazkova');
    await expect(fixture.service.report(marie, cycle.id, subject.id)).rejects.toMatchObject({
      reason: 'notReleased',
    });
    await advanceTo(fixture, cycle.id, 'released');
    const lucie = await fixture.service.report(await fixture.actor('lucie.dvorakova'), cycle.id, subject.id);
    expect(lucie.mayAddGoals).toBe(false);
    for (const who of ['jana.novakova', 'helena.rysova', 'karel.novy', 'petr.svoboda'])
      await expect(
        fixture.service.report(await fixture.actor(who), cycle.id, subject.id),
      ).rejects.toBeInstanceOf(FeedbackRefusedError);
  });

  it('turns a gap into a development goal linked to a training or a measure that exists', async () => {
    const fixture = feedbackFixture({ measures: [12] });
    const { cycle, subject, model } = await answeredCycle(fixture);
    await advanceTo(fixture, cycle.id, 'released');
    const marie = await fixture.actor('marie.prochazkova');
    const competencyKey = model.groups[0]?.competencies[0]?.key ?? '';
    const added = await fixture.service.addGoal(marie, cycle.id, subject.id, {
      competencyKey,
      text: 'Delegovat dva úkoly týdně',
      dueDate: '2027-06-30',
      link: { kind: 'training', title: 'Delegování v praxi', url: 'https://vzdelavani.example/delegovani' },
    });
    expect(added.goals).toHaveLength(1);
    const goal = added.goals[0];
    if (!goal) throw new Error('no goal');
    const edited = await fixture.service.editGoal(marie, cycle.id, subject.id, goal.id, {
      competencyKey,
      text: 'Delegovat tři úkoly týdně',
      dueDate: null,
      link: { kind: 'measure', measureId: 12 },
      etag: goal.etag,
    });
    expect(edited.goals[0]).toMatchObject({
      text: 'Delegovat tři úkoly týdně',
      link: { kind: 'measure', measureId: 12 },
    });
    await expect(
      fixture.service.addGoal(marie, cycle.id, subject.id, {
        competencyKey,
        text: 'x',
        dueDate: null,
        link: { kind: 'measure', measureId: 99 },
      }),
    ).rejects.toMatchObject({ kind: 'unknownMeasure' });
    await expect(
      fixture.service.addGoal(marie, cycle.id, subject.id, {
        competencyKey: 'nic',
        text: 'x',
        dueDate: null,
        link: { kind: 'none' },
      }),
    ).rejects.toMatchObject({ kind: 'unknownCompetency' });
    await expect(
      fixture.service.addGoal(await fixture.actor('lucie.dvorakova'), cycle.id, subject.id, {
        competencyKey,
        text: 'x',
        dueDate: null,
        link: { kind: 'none' },
      }),
    ).rejects.toBeInstanceOf(FeedbackRefusedError);
    const removed = await fixture.service.removeGoal(
      marie,
      cycle.id,
      subject.id,
      goal.id,
      edited.goals[0]?.etag ?? '',
    );
    expect(removed.goals).toEqual([]);
  });

  it('writes the report as .docx: self against others, what was dropped and why, findings, comments, goals', async () => {
    const fixture = feedbackFixture();
    const { cycle, subject, model } = await answeredCycle(fixture);
    await advanceTo(fixture, cycle.id, 'released');
    const marie = await fixture.actor('marie.prochazkova');
    const { reply, groupNames } = await fixture.service.reportDocument(marie, cycle.id, subject.id);
    const text = await docxText(
      await buildFeedbackReportDocx({
        locale: 'cs',
        officeName: 'Městský úřad Lipová',
        ...reply,
        report: reply.report,
        groupNames,
      }),
    );
    expect(text).toContain('Zpětná vazba 360°');
    expect(text).toContain('Marie Procházková');
    expect(text).toContain('Není podkladem pro osobní příplatek');
    expect(text).toContain('Ostatní (1 odp.): vynecháno i s komentáři');
    const competency = model.groups[0]?.competencies[0];
    expect(text).toContain(competency?.name ?? '?');
    expect(text).toContain(competency?.behaviours[0]?.text ?? '?');
    expect(text).toMatch(/Kompetence celkem 5,00 2,20 3,00 2,00 −2,80/);
    expect(text).toContain(`Slepé místo: ${competency?.name}`);
    expect(text).toContain('Potřebuje delegovat. (Vedoucí)');
    expect(text).toContain('Komentář karel.novy (Kolegové)');
    expect(text).not.toContain('Komentář jiného hodnotitele');
    expect(text).toContain(model.groups[0]?.name ?? '?');
    const english = await docxText(
      await buildFeedbackReportDocx({
        locale: 'en',
        officeName: 'Lipová',
        report: reply.report,
        goals: [],
        groupNames,
      }),
    );
    expect(english).toContain('What was merged or left out, and why');
    expect(english).toMatch(/Competency overall 5\.00 2\.20 3\.00 2\.00 −2\.80/);
  });

  it('hides every figure of a group under the threshold in the .docx too', async () => {
    const report: FeedbackReport = {
      cycleId: 1,
      cycleName: 'Cyklus',
      subject: { email: email('marie.prochazkova'), displayName: 'Marie Procházková' },
      manager: null,
      modelName: 'Model',
      scale: [],
      thresholds: { group: 3, comments: 3, raterLoad: 8 },
      groups: [{ group: 'self', answers: 1, mergedFrom: [] }],
      suppressed: [{ group: 'peer', answers: 2, outcome: 'dropped' }],
      othersShown: false,
      competencies: [
        {
          groupKey: 'g',
          key: 'c',
          name: 'Komunikace',
          self: { mean: 4, ratings: 3 },
          others: { mean: null, ratings: null },
          byGroup: { self: { mean: 4, ratings: 3 } },
          gap: null,
          finding: null,
          behaviours: [],
        },
      ],
      topBehaviours: [],
      bottomBehaviours: [],
      comments: [],
      releasedAt: null,
    };
    const text = await docxText(
      await buildFeedbackReportDocx({
        locale: 'cs',
        officeName: 'Úřad',
        report,
        goals: [],
        groupNames: new Map(),
      }),
    );
    expect(text).toContain('Kompetence celkem 4,00 – –');
    expect(text).toContain('Souhrn „všichni kromě mě“ se neuvádí');
    expect(text).toContain('Kolegové (2 odp.): vynecháno');
  });
});

describe('the organisation view and CAF evidence', () => {
  it('aggregates every report of a cycle from one paged read of its answers, hiding departments under the threshold', async () => {
    const fixture = feedbackFixture();
    const { cycle } = await answeredCycle(fixture);
    await advanceTo(fixture, cycle.id, 'released');
    const reads = fixture.stores.answerReads;
    const view = await fixture.service.organisation(await fixture.actor('petr.svoboda'), cycle.id);
    expect(fixture.stores.answerReads - reads).toBe(1);
    // Only Marie has a shown "all but self": one subject in OSV-SP is under the threshold of 3.
    expect(view.hiddenDepartments).toEqual(expect.arrayContaining(['OSV-SP']));
    expect(view.cells.every((cell) => cell.mean === null)).toBe(true);
    expect(view.trend).toHaveLength(1);
    expect(Object.values(view.trend[0]?.means ?? {}).every((mean) => mean === null)).toBe(true);
    await expect(
      fixture.service.organisation(await fixture.actor('eva.vesela'), cycle.id),
    ).rejects.toMatchObject({ reason: 'organisationView' });
    const head = await fixture.service.organisation(await fixture.actor('tomas.cerny'), cycle.id);
    expect(head.departments).toEqual([]);
  });

  it('gives released cycles as evidence for 3.2, 3.3 and 7.1 with their response rate', async () => {
    const fixture = feedbackFixture();
    const { cycle } = await answeredCycle(fixture);
    expect((await fixture.service.evidence()).bySubcriterion['3.2']).toEqual([]);
    await advanceTo(fixture, cycle.id, 'released');
    const evidence = await fixture.service.evidence();
    const entry = evidence.bySubcriterion['7.1']?.[0];
    expect(entry).toMatchObject({ cycleId: cycle.id, subjects: 8, subcriteria: ['3.2', '3.3', '7.1'] });
    // 7 answers of 8 × 2 + 7 directory forms + 5 chosen = 28 forms.
    expect(entry?.responseRate).toBe(Math.round((7 / 28) * 1000) / 1000);
    expect(evidence.bySubcriterion['3.3']).toEqual(evidence.bySubcriterion['3.2']);
  });

  it('shows the heat map once a department has enough subjects with a shown figure', async () => {
    const fixture = feedbackFixture();
    const noMinimum = {
      directReport: { min: 0, max: 10 },
      peer: { min: 0, max: 6 },
      other: { min: 0, max: 4 },
    };
    const started = await startedCycle(fixture, undefined, { rules: noMinimum });
    const cycleId = started.cycle.id;
    const coordinator = await fixture.actor('jana.novakova');
    // Three workers get three others each; with Lucie that is four raters besides self, so each
    // has a shown "all but self" and OSV-SP reaches the threshold of three subjects.
    const workers = ['karel.novy', 'hana.mala', 'ondrej.kral'];
    const others = ['petra.sedla', 'zdenek.bily', 'vera.ticha'];
    for (const local of workers) {
      const subject = await subjectOf(fixture, cycleId, local);
      const set = await fixture.service.setNominations(coordinator, cycleId, subject.id, {
        etag: subject.etag,
        raters: others.map((rater) => ({ email: email(rater), group: 'other' as const })),
      });
      await fixture.service.approveNominations(coordinator, cycleId, subject.id, { etag: set.subject.etag });
    }
    const rating = await advanceTo(fixture, cycleId, 'rating');
    const model = await fixture.stores.models.get(rating.cycle.modelId);
    if (!model) throw new Error('no model');
    for (const local of workers) {
      const subject = await subjectOf(fixture, cycleId, local);
      for (const rater of [...others, 'lucie.dvorakova'])
        await fixture.service.submitRating(await fixture.actor(rater), cycleId, subject.id, {
          ratings: ratingsOf(model, 4),
          comments: {},
        });
    }
    await advanceTo(fixture, cycleId, 'released');
    const view = await fixture.service.organisation(coordinator, cycleId);
    const section = view.cells.filter((cell) => cell.departmentCode === 'OSV-SP');
    expect(section.length).toBe(view.competencies.length);
    expect(section.every((cell) => cell.mean === 4 && cell.subjects === 3)).toBe(true);
    expect(view.hiddenDepartments).toEqual(['OSV']);
    expect(view.trend[0]?.means).toEqual(Object.fromEntries(view.competencies.map((c) => [c.key, 4])));
    // A head of department sees their own departments only.
    const head = await fixture.service.organisation(await fixture.actor('lucie.dvorakova'), cycleId);
    expect(head.departments.map((department) => department.code).sort()).toEqual(['OSV', 'OSV-SP']);
  });
});
