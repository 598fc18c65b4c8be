import { DEMO_PEOPLE } from '../../scripts/local/demo/office';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTab } from '../../teams-app/build';
import { bundlePage } from '../../teams-app/bundle/bundle-page';
import { launchChromium } from '../support/browser';
import {
  TEST_RESPONDENT_SECRET,
  startLocalStack,
  startTestStack,
  type LocalStack,
} from '../support/e2e-stack';
import type { Browser } from 'playwright-core';
import { loadPage, type LoadTarget, type PageGlobals, type PageLoad } from './page-load';
import { percentile } from './stats';

/*
 * The tab as a new user opens it (empty browser cache, headless Chromium), beside a blank
 * React 18 + Fluent UI v9 + teams-js page bundled by the same code (teams-app/bundle) and served
 * by the same app service code (a second local stack serves it as its tab). Outside Teams the tab signs in as a demo person remembered from an
 * earlier visit, which stands in for Teams SSO: the person is known before the first call.
 *
 * - bytes on the wire: every response the page receives (headers included, compressed as sent)
 *   until its first page is complete and the network has been quiet for a while; and of those,
 *   what had arrived by the first render;
 * - first render: the browser's first contentful paint, for both pages (the tab's is its start
 *   shell, the header painted by index.html itself before any script);
 * - app shell on screen (tab only): React's header with the language switch;
 * - first page on screen (tab only): the CAF model's last criterion is shown.
 *
 * Unthrottled, and throttled as a slow office connection: 1.6 Mbit/s both ways, 150 ms latency,
 * CPU 4× slower. Runs alternate between the two pages; figures are medians.
 */

const RUNS = { unthrottled: 15, throttled: 9 } as const;
const TARGET = 1.3;
const here = dirname(fileURLToPath(import.meta.url));
const person = DEMO_PEOPLE.find((candidate) => candidate.roles.includes('qualityManager')) ?? DEMO_PEOPLE[0];

export async function tabLoadBench(): Promise<string[][]> {
  // The tab as `npm run build:tab` builds it, and the blank page through the same pipeline.
  await buildTab({ report: false });
  const blankDir = await mkdtemp(join(tmpdir(), 'kvalita-blank-page-'));
  let tabStack: LocalStack | undefined;
  let blankStack: LocalStack | undefined;
  let browser: Browser | undefined;
  try {
    await bundlePage({
      entry: join(here, 'blank-page', 'main.tsx'),
      template: join(here, 'blank-page', 'index.html'),
      outDir: blankDir,
    });
    tabStack = await startTestStack({ tab: true });
    blankStack = await startLocalStack({
      dataFile: ':memory:',
      respondentKeySecret: TEST_RESPONDENT_SECRET,
      tabDirectory: blankDir,
      schedulerIntervalMs: 24 * 60 * 60_000,
    });
    browser = await launchChromium();
    const email = person?.email ?? '';
    const tab: LoadTarget = {
      url: `${tabStack.serviceUrl}/tab/`,
      before: `localStorage.setItem('kvalita.demoEmail', ${JSON.stringify(email)});`,
      // React's shell: the header with its language switch (the start shell before it has none).
      app: () => {
        const { document } = globalThis as unknown as PageGlobals;
        return document.querySelectorAll('header select').length > 0 ? performance.now() : false;
      },
      ready: () => {
        const { document } = globalThis as unknown as PageGlobals;
        const headings = Array.from(document.querySelectorAll('h3'));
        return headings.some((heading) => (heading.textContent ?? '').startsWith('Kritérium 9'))
          ? performance.now()
          : false;
      },
    };
    const blank: LoadTarget = {
      url: `${blankStack.serviceUrl}/tab/`,
      ready: () => {
        const { document } = globalThis as unknown as PageGlobals;
        return (document.body.textContent ?? '').includes('Blank page') ? performance.now() : false;
      },
    };
    const rows: string[][] = [];
    for (const throttled of [false, true]) {
      const runs = throttled ? RUNS.throttled : RUNS.unthrottled;
      // A first load of each warms the service (SharePoint lists, Node's code) and is not counted.
      await loadPage(browser, tab, throttled);
      await loadPage(browser, blank, throttled);
      const tabLoads: PageLoad[] = [];
      const blankLoads: PageLoad[] = [];
      for (let run = 0; run < runs; run += 1) {
        tabLoads.push(await loadPage(browser, tab, throttled));
        blankLoads.push(await loadPage(browser, blank, throttled));
      }
      rows.push(...figures(throttled ? 'throttled' : 'unthrottled', runs, tabLoads, blankLoads));
    }
    return rows;
  } finally {
    await browser?.close();
    await tabStack?.stop();
    await blankStack?.stop();
    await rm(blankDir, { recursive: true, force: true });
  }
}

function figures(
  label: string,
  runs: number,
  tab: readonly PageLoad[],
  blank: readonly PageLoad[],
): string[][] {
  const median = (loads: readonly PageLoad[], pick: (load: PageLoad) => number) =>
    percentile(loads.map(pick), 50);
  const row = (name: string, pick: (load: PageLoad) => number, unit: (value: number) => string) => {
    const ratio = median(tab, pick) / median(blank, pick);
    return [
      `  ${name}`,
      unit(median(tab, pick)),
      unit(median(blank, pick)),
      `${ratio.toFixed(2)}×`,
      `≤ ${TARGET}× ${ratio <= TARGET ? 'met' : 'MISSED'}`,
    ];
  };
  const responses = `${median(tab, (load) => load.responses)} vs ${median(blank, (load) => load.responses)}`;
  return [
    [`${label} (median of ${runs} loads each)`, '', '', '', ''],
    row(`bytes on the wire (${responses} responses)`, (load) => load.bytes, kilobytes),
    [
      '    of which before the first render',
      kilobytes(median(tab, (load) => load.bytesBeforeRender)),
      kilobytes(median(blank, (load) => load.bytesBeforeRender)),
      `${(median(tab, (load) => load.bytesBeforeRender) / median(blank, (load) => load.bytesBeforeRender)).toFixed(2)}×`,
      '',
    ],
    row('first render (first contentful paint)', (load) => load.firstRender, milliseconds),
    [
      '  tab: its app shell on screen (header by React)',
      milliseconds(median(tab, (load) => load.appReady)),
      '',
      '',
      '',
    ],
    [
      '  tab: first page on screen (CAF model)',
      milliseconds(median(tab, (load) => load.pageReady)),
      '',
      '',
      '',
    ],
  ];
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const milliseconds = (value: number) => `${Math.round(value)} ms`;
