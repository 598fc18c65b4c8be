import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  DocumentDetailReply,
  DocumentOverviewReply,
  DocumentRegisterReply,
  MyAcknowledgementsReply,
} from '@kvalita/core';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PEOPLE } from '../../scripts/local/demo/office';
import { startSharePointPage, type RunningSharePointPage } from '../../scripts/local/sharepoint-page';
import { axeViolations, launchChromium } from '../support/browser';
import { startTestStack, type LocalStack } from '../support/e2e-stack';

/*
 * The documents web parts (Dokumenty kvality and Schvalování dokumentů) on the local page in headless
 * Chromium, against the real local stack and its demo documents: the components call the documents
 * API as the chosen demo person, exactly as in SharePoint they call it with the user's Entra token.
 * Who has something to confirm or approve is asked of the service, not assumed, so the test follows
 * the demo data.
 */

const TIMEOUT = 240_000;
const QUALITY_MANAGER = 'jana.novakova@lipova.example';

let stack: LocalStack | undefined;
let sharePointPage: RunningSharePointPage | undefined;
let browser: Browser | undefined;
const pageErrors: string[] = [];

beforeAll(async () => {
  stack = await startTestStack();
  sharePointPage = await startSharePointPage({ serviceUrl: stack.serviceUrl, port: 0 });
  browser = await launchChromium();
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await sharePointPage?.close();
  await stack?.stop();
}, TIMEOUT);

/** The service through the page's own /api, as a demo person. */
async function api<T>(
  email: string,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  if (sharePointPage === undefined) throw new Error('The page did not start.');
  const reply = await fetch(new URL(path, sharePointPage.url), {
    method: init.method ?? 'GET',
    headers: {
      Authorization: `Demo ${email}`,
      Accept: 'application/json',
      'Accept-Language': 'cs-CZ',
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  if (!reply.ok)
    throw new Error(
      `${init.method ?? 'GET'} ${path} as ${email}: HTTP ${reply.status} ${await reply.text()}`,
    );
  return (await reply.json()) as T;
}

async function openPage(query: string): Promise<Page> {
  if (browser === undefined || sharePointPage === undefined) throw new Error('The page did not start.');
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${sharePointPage.url}${query}`);
  return page;
}

/** A demo person with a version still to confirm, and that version. */
async function personWithPendingAcknowledgement(): Promise<{
  email: string;
  pending: MyAcknowledgementsReply['pending'];
}> {
  for (const person of DEMO_PEOPLE) {
    const mine = await api<MyAcknowledgementsReply>(person.email, '/api/documents/acknowledgements/mine');
    if (mine.pending.length > 0) return { email: person.email, pending: mine.pending };
  }
  throw new Error('No demo person has a document to acknowledge.');
}

/** The demo draft in review and its approver, from the quality manager's overview. */
async function draftInReview(): Promise<DocumentDetailReply> {
  const overview = await api<DocumentOverviewReply>(QUALITY_MANAGER, '/api/documents/overview');
  const first = overview.awaitingApproval[0];
  if (first === undefined) throw new Error('The demo office has no draft in review.');
  return api<DocumentDetailReply>(QUALITY_MANAGER, `/api/documents/${first.id}`);
}

describe('the documents web parts on the local page', () => {
  it(
    'shows the register of the demo’s effective documents with their kinds and versions, axe clean',
    async () => {
      const register = await api<DocumentRegisterReply>(
        QUALITY_MANAGER,
        '/api/documents?status=effective&pageSize=25',
      );
      expect(register.total).toBeGreaterThanOrEqual(5);
      const page = await openPage(`?as=${QUALITY_MANAGER}`);

      const part = page.getByRole('region', { name: 'Dokumenty kvality' });
      const table = part.getByRole('table', { name: 'Dokumenty kvality' });
      await table.waitFor();
      // Header row plus every effective document of the first page.
      expect(await table.getByRole('row').count()).toBe(Math.min(register.total, 25) + 1);
      for (const kind of ['Metodika', 'Etický kodex', 'Standard']) {
        expect(await table.getByRole('cell', { name: kind, exact: true }).count()).toBeGreaterThan(0);
      }
      const first = register.items[0];
      if (first === undefined) throw new Error('The register is empty.');
      await table.getByRole('rowheader', { name: first.title }).waitFor();

      // The methodology's versions by keyboard: its button, Enter, a panel with every approved version.
      const methodology = register.items.filter((item) => item.kind === 'methodology')[0];
      if (methodology === undefined) throw new Error('The demo has no methodology.');
      const versions = part.getByRole('button', {
        name: `Verze dokumentu ${methodology.code} ${methodology.title}`,
      });
      await versions.focus();
      await page.keyboard.press('Enter');
      const panel = page.getByRole('dialog');
      const history = panel.getByRole('table', {
        name: `Verze dokumentu ${methodology.code} ${methodology.title}`,
      });
      await history.waitFor();
      // The quality methodology has three approved versions; the older ones are kept as records.
      expect(
        await history.getByRole('cell', { name: 'Nahrazená', exact: true }).count(),
      ).toBeGreaterThanOrEqual(2);
      expect(await axeViolations(page)).toEqual([]);

      // An earlier version opens through the service, with the reader's rights, as its own file.
      const superseded = history.getByRole('row').filter({ hasText: 'Nahrazená' }).first();
      const label = ((await superseded.getByRole('rowheader').textContent()) ?? '').trim();
      const download = page.waitForEvent('download');
      await superseded
        .getByRole('button', { name: `Otevřít ${methodology.code} ${methodology.title}, verze ${label}` })
        .press('Enter');
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.(docx|pdf|xlsx)$/);
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });

      // Searching narrows the register through the service.
      await part.getByRole('searchbox', { name: 'Hledat v kódu a názvu' }).fill(methodology.code);
      await part.getByRole('searchbox', { name: 'Hledat v kódu a názvu' }).press('Enter');
      await part
        .getByRole('status')
        .filter({ hasText: /^Zobrazeno 1 z 1$/ })
        .waitFor();
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'confirms a pending acknowledgement with the keyboard, and the service stores it',
    async () => {
      const { email, pending } = await personWithPendingAcknowledgement();
      const item = pending[0];
      if (item === undefined) throw new Error('Nothing pending.');
      const page = await openPage(`?as=${email}`);

      const section = page.getByRole('region', { name: 'Čeká na vaše potvrzení' });
      await section.getByText(`${item.code} ${item.title}`).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      const confirm = section.getByRole('button', {
        name: `Potvrzuji seznámení s dokumentem ${item.code} ${item.title}, verze ${item.versionLabel}`,
      });
      await confirm.focus();
      await page.keyboard.press('Enter');

      await section
        .getByRole('status')
        .getByText(`Potvrzeno: ${item.code}, verze ${item.versionLabel}.`)
        .waitFor();
      const after = await api<MyAcknowledgementsReply>(email, '/api/documents/acknowledgements/mine');
      expect(after.pending.some((left) => left.documentId === item.documentId)).toBe(false);
      // The list is read again after the confirmation: the document leaves it.
      await section.getByText(`${item.code} ${item.title}`).waitFor({ state: 'detached' });
      expect(await axeViolations(page)).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'lets the approver return the draft in review with a comment, and approve it once resubmitted',
    async () => {
      const detail = await draftInReview();
      const { document } = detail;
      const approver = document.approver?.email;
      const owner = document.owner?.email;
      if (approver === undefined || owner === undefined)
        throw new Error('The draft has no approver or owner.');
      const name = `${document.code} ${document.title}`;

      const page = await openPage(`?as=${approver}`);
      const part = page.getByRole('region', { name: 'Schvalování dokumentů' });
      const awaiting = part.getByRole('region', { name: /^Čeká na mé rozhodnutí nebo připomínky \(\d+\)$/ });
      await awaiting.getByRole('heading', { name }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // Return by keyboard: the button, then the comment, then the form's own button.
      await awaiting.getByRole('button', { name: `Vrátit k přepracování: ${name}` }).focus();
      await page.keyboard.press('Enter');
      const form = awaiting.getByRole('form', { name: `Vrátit k přepracování: ${name}` });
      await form.getByLabel('Komentář pro garanta').focus();
      await page.keyboard.type('Doplňte prosím lhůty pro odpověď.');
      await form.getByRole('button', { name: 'Vrátit k přepracování' }).press('Enter');

      await part.getByRole('status').getByText(`Uloženo – Vrátit k přepracování: ${name}.`).waitFor();
      const returned = await api<DocumentDetailReply>(approver, `/api/documents/${document.id}`);
      expect(returned.document.revision?.status).toBe('draft');
      expect(returned.document.revision?.returnComment).toBe('Doplňte prosím lhůty pro odpověď.');
      await awaiting.getByRole('heading', { name }).waitFor({ state: 'detached' });
      expect(await axeViolations(page)).toEqual([]);

      // The owner sends it again (the tab's work); the approver now approves it on the page.
      await api<DocumentDetailReply>(owner, `/api/documents/${document.id}/submit`, {
        method: 'POST',
        body: { etag: returned.document.etag, reasonForChange: 'Doplněny lhůty pro odpověď' },
      });
      await page.reload();
      await awaiting.getByRole('heading', { name }).waitFor();
      await awaiting.getByRole('button', { name: `Schválit: ${name}` }).click();
      const approve = awaiting.getByRole('form', { name: `Schválit: ${name}` });
      await approve.getByLabel('Komentář pro garanta').fill('Schvaluji.');
      if ((await approve.getByLabel('Usnesení, kterým byl dokument vydán').count()) > 0) {
        await approve.getByLabel('Usnesení, kterým byl dokument vydán').fill('usnesení RM č. 1/2026');
      }
      await approve.getByRole('button', { name: 'Schválit' }).press('Enter');

      await part.getByRole('status').getByText(`Uloženo – Schválit: ${name}.`).waitFor();
      const approved = await api<DocumentDetailReply>(approver, `/api/documents/${document.id}`);
      expect(approved.document.revision).toBeNull();
      expect(approved.versions[0]?.approvedBy?.email).toBe(approver);
      expect(await axeViolations(page)).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'shows the same web parts in English, and an employee gets no approval work',
    async () => {
      const page = await openPage('?as=jiri.kucera@lipova.example&lang=en');
      await page
        .getByRole('region', { name: 'Quality documents' })
        .getByRole('table', { name: 'Quality documents' })
        .waitFor();
      const approvals = page.getByRole('region', { name: 'Document approval' });
      await approvals.getByText('No draft awaits your approval or comments.').waitFor();
      expect(await approvals.getByRole('button', { name: /^Approve/ }).count()).toBe(0);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await axeViolations(page)).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
