import { afterAll, beforeAll } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { startTestStack, type LocalStack } from './e2e-stack';
import { launchChromium } from './browser';

/*
 * One headless Chromium page on the tab of a local test stack, shared by the tests of a file: the
 * stack starts and the browser opens before them, and both close after them. Page errors and
 * Content-Security-Policy violations are collected for the file's last test to check.
 */

export interface TabSessionOptions {
  /** How long starting and stopping may take (ms). */
  readonly timeout: number;
  /** The service's clock; the real one when absent. */
  readonly now?: () => Date;
  /** Whether the browser context keeps downloads (for tests that read a downloaded file). */
  readonly acceptDownloads?: boolean;
}

export interface TabSession {
  /** The open page; throws before it has opened. */
  page(): Page;
  /** The service's base address ('' before the stack has started). */
  serviceUrl(): string;
  /** Page errors and CSP violations seen so far. */
  readonly problems: readonly string[];
}

/** Registers the beforeAll and afterAll hooks of the file that calls it. */
export function useTabSession(options: TabSessionOptions): TabSession {
  let stack: LocalStack | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const problems: string[] = [];

  beforeAll(async () => {
    stack = await startTestStack({ tab: true, ...(options.now ? { now: options.now } : {}) });
    const tab = await fetch(`${stack.serviceUrl}/tab/`);
    if (!tab.ok)
      throw new Error(`The service answers ${tab.status} at /tab/: build the tab first (npm run build:tab).`);
    browser = await launchChromium();
    const context = await browser.newContext(
      options.acceptDownloads === undefined ? {} : { acceptDownloads: options.acceptDownloads },
    );
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
        problems.push(`CSP: ${message.text()}`);
      }
    });
  }, options.timeout);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, options.timeout);

  return {
    page() {
      if (page === undefined) throw new Error('The page did not open.');
      return page;
    },
    serviceUrl: () => stack?.serviceUrl ?? '',
    problems,
  };
}

/** Opens the tab and signs in as the demo person whose name matches, through the demo sign-in. */
export async function signInAs(tab: Page, serviceUrl: string, person: string): Promise<void> {
  await tab.goto(`${serviceUrl}/tab/`);
  const picker = tab.getByRole('combobox', { name: 'Přihlásit se jako' });
  const email = await picker.locator('option', { hasText: person }).first().getAttribute('value');
  await picker.selectOption(email ?? '');
  await tab.getByRole('heading', { level: 1, name: 'Model CAF 2020' }).waitFor();
}

/** Clicks one of the tab's main areas ('Sebehodnocení', 'Průzkumy', …) in its navigation. */
export async function openArea(tab: Page, area: string): Promise<void> {
  await tab.getByRole('navigation', { name: 'Oblasti aplikace' }).getByRole('button', { name: area }).click();
}
