/** @jest-environment jsdom */
import { describe, expect, it, jest } from '@jest/globals';
import { act, screen, waitFor, within } from '@testing-library/react';
import { asJana, asLucie, asPavel } from '../caf/fake-caf';
import { openCycle, renderCaf } from '../caf/render-caf';
import { fakeHost } from '../support/fake-host';
import { memoryHistory } from '../support/memory-history';
import { renderSurveys } from '../surveys/render-surveys';

const CYCLE = 'Sebehodnocení CAF 2026';

/** The subcriterion the scoring page shows, by its heading. */
const scoringHeading = (code: string) =>
  screen.findByRole('heading', { level: 2, name: new RegExp(`^${code} `) });

function cyclePages() {
  return screen.getByRole('navigation', { name: 'Stránky cyklu' });
}

describe('each page has its own address', () => {
  it('writes where the person is into the history and walks it back and forward', async () => {
    const { user, history } = renderCaf(asLucie);
    await openCycle(user, CYCLE, 'Moje hodnocení');
    expect(history.read()).toBe('caf/2/scoring');
    const jump = screen.getByRole('navigation', { name: 'Subkritéria' });
    await user.click(within(jump).getByRole('button', { name: '6.2' }));
    await scoringHeading('6.2');
    await user.click(screen.getByRole('button', { name: 'Další subkritérium' }));
    await scoringHeading('7.1');
    expect(history.entries).toEqual([
      '',
      'caf',
      'caf/2',
      'caf/2/scoring',
      'caf/2/scoring/6.2',
      'caf/2/scoring/7.1',
    ]);

    act(() => history.back());
    expect(await scoringHeading('6.2')).toBe(document.activeElement);
    act(() => history.back());
    await scoringHeading('1.1');
    act(() => history.back());
    await waitFor(() =>
      expect(within(cyclePages()).getByRole('button', { name: 'Přehled' }).getAttribute('aria-current')).toBe(
        'page',
      ),
    );
    act(() => history.back());
    expect(await screen.findByRole('heading', { level: 1, name: 'Sebehodnocení CAF' })).toBeTruthy();
    act(() => history.forward());
    expect(await screen.findByRole('heading', { level: 1, name: CYCLE })).toBeTruthy();
  }, 30_000);

  it('opens the same subcriterion after a reload', async () => {
    renderCaf(asLucie, undefined, { history: memoryHistory('caf/2/scoring/6.2') });
    expect(await scoringHeading('6.2')).toBeTruthy();
    expect(
      within(cyclePages()).getByRole('button', { name: 'Moje hodnocení' }).getAttribute('aria-current'),
    ).toBe('page');
  }, 20_000);

  it('opens a subcriterion of the consensus board from a Teams deep link and writes it into the address', async () => {
    const { history } = renderCaf(asLucie, fakeHost({ subPageId: 'caf/2/consensus/1.2' }), {
      leaderSubmitted: true,
    });
    const detail = await screen.findByRole('region', { name: /^1\.2 / });
    expect(within(detail).getByText(/Málo školení/)).toBeTruthy();
    expect(history.entries).toEqual(['caf/2/consensus/1.2']);
  }, 20_000);

  it('prefers the address to the deep link once the person has moved on (a reload inside Teams)', async () => {
    renderCaf(asPavel, fakeHost({ subPageId: 'caf/2/results' }), { history: memoryHistory('caf') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sebehodnocení CAF' })).toBeTruthy();
  }, 20_000);

  it('opens the start page for an address that names no page', async () => {
    const { history } = renderCaf(asLucie, undefined, {
      history: memoryHistory('caf/2/scoring/99.1<script>'),
    });
    expect(await screen.findByRole('heading', { level: 1, name: /Model CAF 2020/ })).toBeTruthy();
    expect(history.read()).toBe('');
  }, 20_000);

  it('shows a linked measure marked in the plan, and says so when the link leads nowhere', async () => {
    const { caf } = renderCaf(asLucie, undefined, { history: memoryHistory('caf/2/plan/measure-7') });
    caf.cycles[0]!.measures.push({
      id: 7,
      title: 'Školení vedoucích',
      kind: 'preventive',
      status: 'approved',
      ownerEmail: null,
      ownerName: null,
      deadline: null,
      subcriterionCode: '3.2',
      criterion: 3,
    });
    const notice = await screen.findByText(
      'Odkaz vede na opatření „Školení vedoucích“; je v tabulce zvýrazněné.',
    );
    await waitFor(() => expect(notice.closest('[tabindex="-1"]')).toBe(document.activeElement));
    const row = screen.getByRole('row', { name: /Školení vedoucích/ });
    expect(row.getAttribute('aria-current')).toBe('true');
    expect(within(row).getByRole('link', { name: 'Školení vedoucích' }).getAttribute('href')).toBe(
      '#/caf/2/plan/measure-7',
    );
  }, 20_000);

  it('says a linked measure is not in the plan rather than showing the plan as if nothing was asked', async () => {
    renderCaf(asLucie, undefined, { history: memoryHistory('caf/2/plan/measure-99') });
    expect(await screen.findByText(/Opatření z odkazu v plánu tohoto cyklu není/)).toBeTruthy();
  }, 20_000);

  it('gives the cycle list real links, each to its cycle’s address', async () => {
    const { user } = renderCaf(asLucie);
    const areas = await screen.findByRole('navigation', { name: 'Oblasti aplikace' });
    await user.click(within(areas).getByRole('button', { name: 'Sebehodnocení' }));
    expect((await screen.findByRole('link', { name: CYCLE })).getAttribute('href')).toBe('#/caf/2');
  }, 20_000);

  it('hands the Teams phone back button a step back inside the tab, and the host its own at the start', async () => {
    let backButton: (() => boolean) | null = null;
    const host = fakeHost({
      onBackButton(handler) {
        backButton = handler;
        return () => (backButton = null);
      },
    });
    const { user } = renderCaf(asLucie, host);
    await waitFor(() => expect(backButton).not.toBeNull());
    expect(backButton!()).toBe(false);
    await openCycle(user, CYCLE);
    act(() => void backButton!());
    expect(await screen.findByRole('heading', { level: 1, name: 'Sebehodnocení CAF' })).toBeTruthy();
  }, 20_000);
});

describe('a link to this page', () => {
  it('copies the page’s address in a browser and says where it is', async () => {
    const { user } = renderCaf(asLucie);
    // After user-event's set-up, which puts its own clipboard in place.
    const writeText = jest.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openCycle(user, CYCLE, 'Moje hodnocení');
    await user.click(screen.getByRole('button', { name: 'Odkaz na tuto stránku' }));
    expect(writeText).toHaveBeenCalledWith('https://kvalita.test/tab/#/caf/2/scoring');
    expect(await screen.findByText(/^Odkaz na tuto stránku je ve schránce/)).toBeTruthy();
  }, 20_000);

  it('shows the address to copy by hand when the browser refuses the clipboard', async () => {
    const { user } = renderCaf(asLucie);
    // After user-event's set-up, which puts its own clipboard in place.
    const writeText = () => Promise.reject(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openCycle(user, CYCLE);
    await user.click(screen.getByRole('button', { name: 'Odkaz na tuto stránku' }));
    const address = await screen.findByRole('textbox', { name: 'Odkaz na tuto stránku (zkopírujte ho)' });
    expect((address as HTMLInputElement).value).toBe('https://kvalita.test/tab/#/caf/2');
  }, 20_000);

  it('opens Teams’ share dialog with a deep link to the subcriterion open', async () => {
    const shared: unknown[] = [];
    const host = fakeHost({ shareDeepLink: async (link) => void shared.push(link) });
    const { user } = renderCaf(asLucie, host);
    await openCycle(user, CYCLE, 'Moje hodnocení');
    const jump = screen.getByRole('navigation', { name: 'Subkritéria' });
    await user.click(within(jump).getByRole('button', { name: '2.1' }));
    await user.click(screen.getByRole('button', { name: 'Odkaz na tuto stránku' }));
    expect(shared).toEqual([{ subPageId: 'caf/2/scoring/2.1', label: `${CYCLE} – Moje hodnocení` }]);
  }, 20_000);
});

describe('survey pages have addresses too', () => {
  it('gives a new survey its own address once saved, and back leads to the list', async () => {
    const { user, history } = renderSurveys(asJana);
    const areas = await screen.findByRole('navigation', { name: 'Oblasti aplikace' });
    await user.click(await within(areas).findByRole('button', { name: 'Průzkumy' }));
    await user.click(await screen.findByRole('button', { name: 'Nový průzkum' }));
    expect(history.read()).toBe('surveys/new');
    await user.click(await screen.findByRole('button', { name: /^Použít šablonu .*eNPS/ }));
    await user.click(screen.getByRole('button', { name: 'Uložit koncept' }));
    expect(await screen.findByText('Koncept je uložen.')).toBeTruthy();
    expect(history.read()).toMatch(/^surveys\/srv-[a-z0-9]{8}\/edit$/);
    act(() => history.back());
    expect(await screen.findByRole('heading', { level: 1, name: 'Průzkumy' })).toBeTruthy();
  }, 30_000);
});
