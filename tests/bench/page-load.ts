import type { Browser, CDPSession, Page } from 'playwright-core';

/*
 * One page load in headless Chromium, measured through the DevTools protocol: bytes received,
 * first contentful paint, and when the page's first content is complete.
 */

/** How long the network must be quiet before a page counts as loaded. */
const QUIET_MS = 500;
/** A slow office connection: 1.6 Mbit/s both ways, 150 ms latency; and a CPU 4× slower. */
const SLOW_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 200_000,
  uploadThroughput: 200_000,
} as const;
const SLOW_CPU = 4;

/** The little of the DOM the checks read (this file is compiled without the DOM library). */
export interface PageGlobals {
  readonly document: {
    querySelectorAll(selector: string): ArrayLike<{ readonly textContent: string | null }>;
    readonly body: { readonly textContent: string | null };
  };
  readonly performance: {
    getEntriesByType(type: string): { readonly responseEnd: number; readonly transferSize: number }[];
  };
}

export interface PageLoad {
  readonly bytes: number;
  /** What had arrived by the first render (Resource Timing's transfer sizes, headers included). */
  readonly bytesBeforeRender: number;
  readonly responses: number;
  readonly firstRender: number;
  /** When the app's own first render is on screen (NaN for a page that names none). */
  readonly appReady: number;
  readonly pageReady: number;
}

export interface LoadTarget {
  readonly url: string;
  /** A script run in the page before its own (e.g. a remembered sign-in). */
  readonly before?: string;
  /**
   * Runs in the page each frame, so it may use nothing from here: performance.now() once the
   * first page is complete, else false.
   */
  readonly ready: () => number | false;
  /** Like `ready`, for the app's own first render (before its first page is complete). */
  readonly app?: () => number | false;
}

/** One load in a fresh browser context (empty cache, nothing stored), measured through CDP. */
export async function loadPage(browser: Browser, target: LoadTarget, throttled: boolean): Promise<PageLoad> {
  const context = await browser.newContext();
  try {
    if (target.before !== undefined) await context.addInitScript({ content: target.before });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const traffic = await watchTraffic(cdp);
    if (throttled) {
      await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_CPU });
    }
    await page.goto(target.url, { waitUntil: 'commit', timeout: 120_000 });
    const appReady = target.app === undefined ? Number.NaN : await readyAt(page, target.app);
    const pageReady = await readyAt(page, target.ready);
    await traffic.quiet();
    const firstRender = await firstContentfulPaint(page);
    const bytesBeforeRender = await page.evaluate(arrivedBy, firstRender);
    return {
      bytes: traffic.bytes(),
      bytesBeforeRender,
      responses: traffic.responses(),
      firstRender,
      appReady,
      pageReady,
    };
  } finally {
    await context.close();
  }
}

/** performance.now() in the page at the first animation frame where its first page is complete. */
async function readyAt(page: Page, ready: () => number | false): Promise<number> {
  const handle = await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 120_000 });
  return (await handle.jsonValue()) as number;
}

/** Runs in the page: bytes of the page and of every response that had ended by `time`. */
function arrivedBy(time: number): number {
  const timing = (globalThis as unknown as PageGlobals).performance;
  const entries = [...timing.getEntriesByType('navigation'), ...timing.getEntriesByType('resource')];
  return entries
    .filter((entry) => entry.responseEnd <= time)
    .reduce((sum, entry) => sum + entry.transferSize, 0);
}

async function firstContentfulPaint(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? false,
    undefined,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Bytes received per response (headers and body as they crossed the wire) and requests in flight. */
async function watchTraffic(cdp: CDPSession) {
  const received = new Map<string, number>();
  const inFlight = new Set<string>();
  let lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', ({ requestId }) => {
    inFlight.add(requestId);
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    received.set(requestId, encodedDataLength);
    inFlight.delete(requestId);
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFailed', ({ requestId }) => {
    inFlight.delete(requestId);
    lastActivity = Date.now();
  });
  await cdp.send('Network.enable');
  return {
    bytes: () => [...received.values()].reduce((sum, value) => sum + value, 0),
    responses: () => received.size,
    async quiet() {
      while (inFlight.size > 0 || Date.now() - lastActivity < QUIET_MS) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
