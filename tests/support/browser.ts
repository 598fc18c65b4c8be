import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import axe, { type AxeResults } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';

/*
 * Browser-test helpers: the Debian chromium package driven by playwright-core (Playwright's own
 * browser downloads are not available), and axe-core for accessibility checks.
 */

/** Flags that let chromium run headless as root with no network access and no first-run noise. */
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** CHROMIUM_PATH if set, else the Debian package's binary, else whatever chromium is on PATH. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found !== '') return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  throw new Error(
    'Chromium not found: install the Debian package (apt-get install -y chromium) or set CHROMIUM_PATH.',
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: LAUNCH_ARGS });
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly string[];
}

/** Runs axe-core (all rules, WCAG and best practices) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const alreadyLoaded = await page.evaluate(() => 'axe' in globalThis);
  // Evaluated through the DevTools protocol rather than a <script> tag: the service's
  // Content-Security-Policy rightly blocks inline scripts.
  if (!alreadyLoaded) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    // Runs in the page, where axe-core has just put itself on the global object.
    const runner = (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe;
    const result = await runner.run();
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    }));
  });
}
