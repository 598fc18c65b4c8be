import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { systemClock } from '@kvalita/bot';
import { SurveyDeliveriesRepository } from '@kvalita/sharepoint';
import { ConnectorStub } from '../support/connector-stub';
import { startWaveFixture } from '../support/wave-fixture';

const PEOPLE = 67;
const RATE = 50;
const RUNS = 10;
const SURVEY = 'srv-crash001';
/** The claim lease of these processes: a restart waits it out, as production waits 15 minutes. */
const LEASE_MS = 1000;
/** SharePoint keeps DateTime to the second, so a claim is seen as expired up to a second later. */
const ROUNDING_MS = 1000;
/** The fan-out's sends at once (production's default): no crash can leave more rows 'sending'. */
const CONCURRENCY = 4;
const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));

/**
 * The child bundled into one file once (half a second), so each process starts in a fraction of
 * a second instead of two through tsx: twenty starts stay within the bench's budget.
 */
async function bundleChild(folder: string): Promise<string> {
  const outfile = join(folder, 'crash-child.mjs');
  await build({
    entryPoints: [CHILD],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    conditions: ['source'],
    logLevel: 'warning',
    // Bundled CommonJS dependencies still call require.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return outfile;
}

interface Started {
  readonly child: ChildProcess;
  /** Sends the wave to this process; it runs the fan-out once and exits. */
  start(wave: number): void;
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
}

/** A fan-out process started ahead of its turn (modules loaded), so killing and restarting costs no start-up. */
function warmProcess(bundle: string, siteUrl: string): Started {
  const child = spawn(process.execPath, [bundle, siteUrl], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>(
    (resolve) =>
      child.on('exit', (code, signal) => {
        if (code !== 0 && code !== null) output += errors;
        resolve({ code, signal, output });
      }),
  );
  return {
    child,
    start: (wave) => child.stdin?.write(`${SURVEY} ${wave} ${LEASE_MS}\n`),
    exit,
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The at-least-once window, measured: a wave to 67 people sent by a process of its own against the
 * local SharePoint and a Bot Connector stub (50/s), killed with SIGKILL at a random instant of
 * its sending (in a claim, a send, a mark or between them), then a fresh process started once the dead one's claims have expired. Ten runs, a wave each.
 * Misses must be 0; a person gets two cards only for a row left 'sending' whose card the connector
 * had accepted, so duplicates ≤ rows left 'sending' ≤ sends at once (4).
 */
export async function crashBench(): Promise<string[][]> {
  let kill: { atMs: number; accepted: number; process: ChildProcess; timer?: NodeJS.Timeout } | null = null;
  const stub = await ConnectorStub.start({
    clock: systemClock,
    ratePerSecond: RATE,
    onAccepted: () => {
      if (!kill) return;
      kill.accepted += 1;
      // The clock starts at the first card (the process is connected and sending by then); the
      // kill lands at a random instant: in a claim, a send, a mark or between them.
      if (kill.accepted === 1) {
        const victim = kill.process;
        kill.timer = setTimeout(() => victim.kill('SIGKILL'), kill.atMs);
      }
    },
  });
  const fixture = await startWaveFixture({
    people: PEOPLE,
    serviceUrl: stub.serviceUrl,
    surveyKey: SURVEY,
    wave: 1,
  });
  const spares: Started[] = [];
  const folder = await mkdtemp(join(tmpdir(), 'kvalita-crash-'));
  try {
    const bundle = await bundleChild(folder);
    const deliveries = new SurveyDeliveriesRepository(fixture.site);
    const recipients: number[] = [];
    for await (const page of deliveries.due(SURVEY, 1))
      recipients.push(...page.map((row) => row.recipientUserId));
    for (let wave = 2; wave <= RUNS; wave += 1) await deliveries.planWave(SURVEY, wave, recipients);

    const spare = () => {
      const next = spares.shift() ?? warmProcess(bundle, fixture.siteUrl);
      spares.push(warmProcess(bundle, fixture.siteUrl));
      return next;
    };
    spares.push(warmProcess(bundle, fixture.siteUrl));
    const rows: string[][] = [];
    let duplicates = 0;
    let misses = 0;
    let withinWindow = true;
    const started = performance.now();
    for (let wave = 1; wave <= RUNS; wave += 1) {
      stub.received.clear();
      const dying = spare();
      // Anywhere in the wave's 67 × 20 ms of sending but its last card.
      kill = { atMs: Math.random() * (PEOPLE - 2) * (1000 / RATE), accepted: 0, process: dying.child };
      dying.start(wave);
      const death = await dying.exit;
      const after = kill.accepted;
      clearTimeout(kill.timer);
      kill = null;
      await pause(LEASE_MS + ROUNDING_MS);
      // What the dead process left: rows still claimed, and of those whose card had gone out.
      const left: string[] = [];
      for await (const page of deliveries.due(SURVEY, wave, { claimLeaseMs: LEASE_MS }))
        for (const row of page)
          if (row.state === 'sending' && row.recipientEmail) left.push(row.recipientEmail);
      const acceptedUnmarked = left.filter((email) =>
        stub.received.has(fixture.conversationIdOf(email)),
      ).length;

      const restarted = spare();
      restarted.start(wave);
      const done = await restarted.exit;
      if (done.code !== 0) throw new Error(`the restarted fan-out failed: ${done.output}`);
      const twice = stub.duplicates;
      const missed = fixture.emails.filter(
        (email) => !stub.received.has(fixture.conversationIdOf(email)),
      ).length;
      const { sent } = await deliveries.countByState(SURVEY, wave);
      duplicates += twice;
      misses += missed;
      const ok = missed === 0 && sent === PEOPLE && twice <= left.length && left.length <= CONCURRENCY;
      withinWindow &&= ok;
      rows.push([
        `  run ${wave}: killed after ${after} cards${death.signal === 'SIGKILL' ? '' : ' (had finished)'}, ${left.length} left 'sending' (${acceptedUnmarked} accepted)`,
        `${twice} / ${missed}`,
        `≤ ${left.length} / 0, ${sent} rows sent ${ok ? '✓' : '✗'}`,
      ]);
    }
    const elapsed = performance.now() - started;
    return [
      [
        `${RUNS} crashes of a ${PEOPLE}-person wave (kill -9, restart after the lease): duplicates / misses`,
        `${duplicates} / ${misses}`,
        `misses must be 0; duplicates ≤ rows left 'sending' ≤ ${CONCURRENCY} per crash ${withinWindow ? '✓' : '✗'}`,
      ],
      ...rows,
      [`  time for the ${RUNS} runs (processes started ahead)`, `${(elapsed / 1000).toFixed(1)} s`, ''],
    ];
  } finally {
    kill = null;
    for (const warm of spares) warm.child.kill('SIGKILL');
    await fixture.close();
    await stub.close();
    await rm(folder, { recursive: true, force: true });
  }
}
