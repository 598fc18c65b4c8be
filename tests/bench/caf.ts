import { CafService } from '@kvalita/bot';
import { allSubcriteria } from '@kvalita/core';
import {
  CyclePlanMeasuresRepository,
  PeopleRepository,
  SharePointCafStore,
  connectSharePoint,
  provisionLists,
  SiteContext,
} from '@kvalita/sharepoint';
import { startEmulator } from '@kvalita/sharepoint-emulator';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ms, percentile, samples } from './stats';

const MEMBERS = 15;
const RUNS = 20;

/** Counts HTTP round trips (a $batch is one) by wrapping fetch for the duration of `work`. */
async function roundTrips<T>(work: () => Promise<T>): Promise<{ value: T; count: number }> {
  const original = globalThis.fetch;
  let count = 0;
  globalThis.fetch = (input, init) => {
    count += 1;
    return original(input, init);
  };
  try {
    return { value: await work(), count };
  } finally {
    globalThis.fetch = original;
  }
}

/** Consensus page data for a 15-member team × 28 subcriteria: round trips and server time. */
export async function cafBench(): Promise<string[][]> {
  const people = Array.from({ length: MEMBERS }, (_, index) => ({
    email: `clen${index + 1}@bench.example`,
    displayName: `Člen týmu ${index + 1}`,
  }));
  const emulator = await startEmulator({ port: 0, dataFile: ':memory:', directory: people });
  try {
    const sp = connectSharePoint(emulator.siteUrl);
    const site = new SiteContext(sp);
    await provisionLists(sp, { locale: 'cs' });
    const store = new SharePointCafStore(site);
    const cycle = await store.createCycle({
      name: 'Bench',
      method: 'fineTuned',
      startDate: '2026-09-01',
      endDate: '2026-12-15',
      scope: { kind: 'office' },
      coordinatorEmail: people[0]?.email ?? '',
    });
    await store.updateCycle(cycle.id, { status: 'scoring', currentStep: 5 });
    for (const [index, person] of people.entries()) {
      await store.addTeamMember(cycle.id, person.email, index === 0 ? 'leader' : 'member', person.email);
    }
    for (const [index, person] of people.entries()) {
      for (const [position, { code, criterion }] of allSubcriteria().entries()) {
        const value = (index * 7 + position * 3) % 100;
        const input =
          criterion <= 5
            ? ({ method: 'fineTuned', plan: value, do: value, check: value, act: value } as const)
            : ({ method: 'fineTuned', trends: value, targets: value } as const);
        await store.saveScore(
          cycle.id,
          person.email,
          code,
          {
            input,
            strengths: 'Silná stránka',
            areasForImprovement: 'Oblast',
            improvementIdeas: '',
            evidence: [],
          },
          null,
        );
      }
      await store.submitScores(cycle.id, person.email);
    }
    const service = new CafService(
      store,
      new PeopleRepository(site),
      new CyclePlanMeasuresRepository(site),
      () => new Date(),
    );
    const leader = {
      email: people[0]?.email ?? '',
      displayName: people[0]?.displayName ?? '',
      roles: ['employee' as const],
    };
    await service.consensusBoard(leader, cycle.id, false); // warm-up: the web's URL and the departments, read once per site context
    const { count, value: board } = await roundTrips(() => service.consensusBoard(leader, cycle.id, false));
    const timings = await samples(RUNS, () => service.consensusBoard(leader, cycle.id, false));
    const members = board.subcriteria.reduce((sum, row) => sum + row.members.length, 0);
    return [
      [`consensus page data: ${MEMBERS} members × 28 subcriteria (${members} scores)`, '', ''],
      ['  SharePoint round trips (target ≤ 3)', String(count), count <= 3 ? 'within target' : 'OVER TARGET'],
      ['  server time p50', ms(percentile(timings, 50)), `${RUNS} runs`],
      ['  server time p95', ms(percentile(timings, 95)), ''],
      ...tabSize(),
    ];
  } finally {
    await emulator.close();
  }
}

/** The tab's initial JavaScript (entry plus the chunks it imports statically), gzipped; budget 250 KB. */
function tabSize(): string[][] {
  const dist = join(process.cwd(), 'teams-app', 'dist');
  try {
    const meta = JSON.parse(readFileSync(join(dist, 'meta.json'), 'utf8')) as {
      outputs: Record<string, { imports: { path: string; kind: string }[]; entryPoint?: string }>;
    };
    // The entry is named by its content hash (app-<hash>.js).
    const entry = Object.keys(meta.outputs).find((file) => /(^|\/)app(-[A-Z0-9]{8})?\.js$/.test(file));
    if (!entry) return [['tab initial JS', 'no app.js in the build', '']];
    const initial = new Set<string>([entry]);
    for (const file of initial) {
      for (const imported of meta.outputs[file]?.imports ?? []) {
        if (imported.kind === 'import-statement') initial.add(imported.path);
      }
    }
    // esbuild names outputs relative to the folder it ran in: the repository root or teams-app/.
    const fileOf = (output: string) =>
      existsSync(join(process.cwd(), output))
        ? join(process.cwd(), output)
        : join(process.cwd(), 'teams-app', output);
    const bytes = [...initial].reduce((sum, file) => sum + gzipSync(readFileSync(fileOf(file))).length, 0);
    const kb = bytes / 1000;
    return [
      [
        'tab initial JS (gzip, budget 250 KB)',
        `${kb.toFixed(1)} KB`,
        kb <= 250 ? 'within budget' : 'OVER BUDGET',
      ],
    ];
  } catch {
    return [['tab initial JS', 'not built: run npm run build:tab', '']];
  }
}
