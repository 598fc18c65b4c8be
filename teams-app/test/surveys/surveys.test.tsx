/** @jest-environment jsdom */
import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { asJana, asLucie, asPavel } from '../caf/fake-caf';
import { renderSurveys } from './render-surveys';
import { openCycle } from '../caf/render-caf';

// jest runs CommonJS and the adaptivecards package ships ES modules only: a stand-in renders the
// card JSON as text here; the real renderer runs in Chromium (tests/e2e/surveys.test.ts).
jest.mock('adaptivecards', () => ({
  AdaptiveCard: class {
    private json: unknown = null;
    onExecuteAction = () => undefined;
    parse(json: unknown) {
      this.json = json;
    }
    render() {
      const element = document.createElement('div');
      element.textContent = JSON.stringify(this.json);
      return element;
    }
  },
}));

async function openSurveys(user: ReturnType<typeof userEvent.setup>) {
  const areas = await screen.findByRole('navigation', { name: 'Oblasti aplikace' });
  // The area appears once the service has said who is signed in.
  await user.click(await within(areas).findByRole('button', { name: 'Průzkumy' }));
  await screen.findByRole('heading', { level: 1, name: 'Průzkumy' });
}

describe('survey list', () => {
  it('shows the quality manager each survey with status, open wave and CAF evidence', async () => {
    const { user } = renderSurveys(asJana);
    await openSurveys(user);
    const table = await screen.findByRole('table', { name: 'Průzkumy, nejnovější nahoře' });
    const row = within(table).getByRole('row', { name: /Spokojenost zaměstnanců/ });
    expect(row.textContent).toContain('Probíhá');
    expect(row.textContent).toContain('Vlna 2, do');
    expect(within(row).getByText('CAF 7.1')).toBeTruthy();
    expect(within(row).getByText('CAF 3.3')).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Uzavřít průzkum Spokojenost zaměstnanců' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nový průzkum' })).toBeTruthy();
  }, 20_000);

  it('lets the director read results but not author, and hides the area from others', async () => {
    const director = renderSurveys(asPavel);
    await openSurveys(director.user);
    await screen.findByRole('table', { name: 'Průzkumy, nejnovější nahoře' });
    expect(screen.queryByRole('button', { name: 'Nový průzkum' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Uzavřít/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Výsledky průzkumu Spokojenost zaměstnanců' })).toBeTruthy();
    director.unmount();

    renderSurveys(asLucie);
    const areas = await screen.findByRole('navigation', { name: 'Oblasti aplikace' });
    await within(areas).findByRole('button', { name: 'Sebehodnocení' });
    expect(within(areas).queryByRole('button', { name: 'Průzkumy' })).toBeNull();
  }, 20_000);

  it('closes an open survey after a confirmation, sending its etag', async () => {
    const { user, service } = renderSurveys(asJana);
    await openSurveys(user);
    await user.click(await screen.findByRole('button', { name: 'Uzavřít průzkum Spokojenost zaměstnanců' }));
    const dialog = await screen.findByRole('dialog', { name: 'Uzavřít průzkum?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ano, uzavřít' }));
    expect(await screen.findByText(/Průzkum je uzavřen/)).toBeTruthy();
    expect(service.requestsTo('/api/surveys/srv-enps0001/close')[0]?.body).toEqual({ etag: '"1"' });
    await waitFor(() =>
      expect(screen.getByRole('row', { name: /Spokojenost zaměstnanců/ }).textContent).toContain('Uzavřený'),
    );
  }, 20_000);
});

describe('authoring', () => {
  it('starts from a template, shows rule breaks next to their fields, saves and publishes', async () => {
    const { user, service } = renderSurveys(asJana);
    await openSurveys(user);
    await user.click(screen.getByRole('button', { name: 'Nový průzkum' }));
    const templates = await screen.findByRole('region', { name: 'Začněte šablonou, nebo od nuly' });
    expect(within(templates).getAllByRole('listitem')).toHaveLength(5);
    await user.click(within(templates).getByRole('button', { name: /^Použít šablonu .*eNPS/ }));

    const title = await screen.findByRole('textbox', { name: /Název \(česky\)/ });
    expect((title as HTMLInputElement).value).not.toBe('');
    await user.clear(title);
    const waveDays = screen.getByRole('spinbutton', { name: /Délka vlny/ });
    await user.clear(waveDays);
    await user.type(waveDays, '40');
    await user.click(screen.getByRole('button', { name: 'Uložit koncept' }));
    expect(await screen.findByText('Vyplňte prosím.')).toBeTruthy();
    expect(screen.getByText(/Zadejte celý počet dní od 1 do \d+\./)).toBeTruthy();
    expect(service.requestsTo('/api/surveys').filter((request) => request.method === 'POST')).toHaveLength(0);

    await user.type(title, 'Pulz eNPS');
    await user.clear(waveDays);
    await user.type(waveDays, '5');
    await user.click(screen.getByRole('button', { name: 'Uložit koncept' }));
    expect(await screen.findByText('Koncept je uložen.')).toBeTruthy();
    const created = service.requestsTo('/api/surveys').find((request) => request.method === 'POST');
    expect(created?.body).toMatchObject({ draft: { title: { cs: 'Pulz eNPS' }, template: 'enps' } });

    await user.click(screen.getByRole('button', { name: 'Zveřejnit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Zveřejnit průzkum?' });
    expect(dialog.textContent).toContain('celý úřad');
    await user.click(within(dialog).getByRole('button', { name: 'Ano, zveřejnit' }));
    expect(await screen.findByText(/Průzkum je zveřejněn/)).toBeTruthy();
    const publish = service.requests.find((request) => request.path.endsWith('/publish'));
    expect(publish?.body).toEqual({ etag: expect.stringMatching(/^"\d+"$/) });
  }, 30_000);

  it('builds a survey from scratch with a choice question, options in both languages and moved questions', async () => {
    const { user, service } = renderSurveys(asJana);
    await openSurveys(user);
    await user.click(screen.getByRole('button', { name: 'Nový průzkum' }));
    await user.click(await screen.findByRole('button', { name: 'Začít od nuly' }));
    await user.type(await screen.findByRole('textbox', { name: /Název \(česky\)/ }), 'Náš průzkum');
    await user.type(screen.getByRole('textbox', { name: /Znění otázky \(česky\)/ }), 'Jak se máte?');
    await user.click(screen.getByRole('button', { name: 'Přidat otázku' }));
    const second = screen.getByRole('region', { name: 'Otázka 2' });
    await user.selectOptions(within(second).getByRole('combobox', { name: 'Typ otázky' }), 'singleChoice');
    await user.type(
      within(second).getByRole('textbox', { name: /Znění otázky \(česky\)/ }),
      'Kde pracujete?',
    );
    await user.type(within(second).getByRole('textbox', { name: /Možnost 1 \(česky\)/ }), 'V kanceláři');
    await user.type(within(second).getByRole('textbox', { name: /Možnost 2 \(česky\)/ }), 'Z domova');
    await user.type(within(second).getByRole('textbox', { name: /Možnost 1 \(anglicky\)/ }), 'Office');
    await user.click(screen.getByRole('button', { name: 'Uložit koncept' }));
    // One English option but not the other: all or none.
    expect(await within(second).findByText('Vyplňte anglicky všechny možnosti, nebo žádnou.')).toBeTruthy();
    await user.type(within(second).getByRole('textbox', { name: /Možnost 2 \(anglicky\)/ }), 'Home');

    const moveUp = within(second).getByRole('button', { name: 'Posunout otázku 2 nahoru' });
    moveUp.focus();
    await user.keyboard('{Enter}');
    const first = await screen.findByRole('region', { name: 'Otázka 1' });
    expect(within(first).getByRole('combobox', { name: 'Typ otázky' })).toHaveProperty(
      'value',
      'singleChoice',
    );

    await user.click(screen.getByRole('checkbox', { name: /^7\.1 / }));
    await user.click(screen.getByRole('radio', { name: 'vybrané útvary' }));
    await user.click(await screen.findByRole('checkbox', { name: /Odbor dopravy/ }));
    await user.click(screen.getByRole('button', { name: 'Uložit koncept' }));
    expect(await screen.findByText('Koncept je uložen.')).toBeTruthy();
    const created = service.requestsTo('/api/surveys').find((request) => request.method === 'POST');
    expect(created?.body).toMatchObject({
      draft: {
        questions: [
          {
            key: 'q2',
            type: 'singleChoice',
            options: { cs: ['V kanceláři', 'Z domova'], en: ['Office', 'Home'] },
          },
          { key: 'q1', type: 'scale5', options: { cs: [], en: [] } },
        ],
        audience: { kind: 'departments', departmentCodes: ['OD'] },
        evidenceFor: ['7.1'],
      },
    });
  }, 30_000);

  it('previews the card in Czech and English as the service builds it', async () => {
    const { user, service } = renderSurveys(asJana);
    await openSurveys(user);
    await user.click(screen.getByRole('button', { name: 'Nový průzkum' }));
    await user.click(await screen.findByRole('button', { name: /^Použít šablonu .*eNPS/ }));
    await user.click(await screen.findByRole('button', { name: 'Náhled karty' }));
    const czech = await screen.findByRole('region', { name: 'Karta v češtině' });
    const english = screen.getByRole('region', { name: 'Karta v angličtině' });
    await waitFor(() => expect(czech.textContent).toContain('cs: '));
    await waitFor(() => expect(english.textContent).toContain('en: '));
    expect(
      service
        .requestsTo('/api/surveys/preview')
        .map((request) => (request.body as { locale: string }).locale),
    ).toEqual(['cs', 'en']);
  }, 30_000);
});

describe('results', () => {
  it('shows the latest closed wave, hidden groups, eNPS, escaped texts and other waves on request', async () => {
    const { user, service } = renderSurveys(asPavel);
    await openSurveys(user);
    await user.click(await screen.findByRole('link', { name: 'Spokojenost zaměstnanců' }));
    await screen.findByRole('heading', { level: 1, name: 'Spokojenost zaměstnanců' });
    expect(await screen.findByText('Odpovědělo 12 z 40 oslovených (30 %).')).toBeTruthy();
    const enps = screen.getByRole('region', { name: /^1\. Doporučil/ });
    expect(enps.textContent).toContain('+25');
    expect(enps.textContent).toContain('promotéři 5, pasivní 4, kritici 3');
    const distribution = within(enps).getByRole('table', { name: 'Rozložení odpovědí na otázku 1' });
    expect(within(distribution).getByRole('row', { name: /^9 / }).textContent).toContain('3');
    const choice = screen.getByRole('region', { name: /^2\. Kde pracujete/ });
    expect(choice.textContent).toContain('Skryto na ochranu malých skupin (odpovědí je méně než 5).');
    const texts = screen.getByRole('list', { name: 'Textové odpovědi na otázku 3' });
    expect(within(texts).getByText('Více <b>porad</b>')).toBeTruthy();
    const departments = screen.getByRole('table', { name: 'Výsledky podle útvarů' });
    expect(within(departments).getByRole('row', { name: /Odbor financí/ }).textContent).toContain(
      'skryto (malá skupina)',
    );
    expect(screen.getByRole('img', { name: /eNPS otázky 1 ve vlnách/ })).toBeTruthy();
    // The distinct-audience rule names the earlier survey, never a silent blank.
    expect(
      screen.getByText(
        'Některé útvary této vlny jsou skryty podle pravidla odlišného okruhu: spolu se zveřejněnými výsledky dřívějšího průzkumu „Pulz financí“ by z nich šlo dopočítat skupinu menší než 5 lidí.',
      ),
    ).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Vlna' }), '1');
    expect(await screen.findByText(/Výsledky této vlny jsou skryty/)).toBeTruthy();
    expect(screen.getByText(/^Počet odpovědí: 4\. Návratnost nelze spočítat/)).toBeTruthy();

    // Wave 3 still takes answers: its counts, and when its figures will come; no department table.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vlna' }), '3');
    expect(
      await screen.findByText(
        'Zatím odpovědělo alespoň 5 z 40 oslovených (13 %). Dokud vlna běží, počet se ukazuje po 5, aby z obnovování stránky nešlo poznat, kdy kdo odpověděl.',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/^Výsledky se zobrazí po uzavření vlny 6\. 6\. 2026/)).toBeTruthy();
    expect(screen.queryByText(/Výsledky této vlny jsou skryty/)).toBeNull();
    expect(screen.queryByRole('table', { name: 'Výsledky podle útvarů' })).toBeNull();

    URL.createObjectURL = () => 'blob:xlsx';
    URL.revokeObjectURL = () => undefined;
    await user.click(screen.getByRole('button', { name: 'Stáhnout .xlsx' }));
    expect(await screen.findByText('Soubor .xlsx je stažen.')).toBeTruthy();
    expect(service.requestsTo('/api/surveys/srv-enps0001/results.xlsx')[0]?.headers.authorization).toBe(
      'Demo pavel.reditel@urad.example',
    );
  }, 30_000);
});

describe('CAF scoring', () => {
  it('shows survey evidence beside the subcriteria it supports', async () => {
    const { user } = renderSurveys(asLucie);
    await openCycle(user, 'Sebehodnocení CAF 2026', 'Moje hodnocení');
    await screen.findByRole('heading', { level: 2, name: /^1\.1 / });
    expect(screen.queryByRole('region', { name: 'Doklady z průzkumů Kvality' })).toBeNull();
    const jump = screen.getByRole('navigation', { name: 'Subkritéria' });
    await user.click(within(jump).getByRole('button', { name: '7.1' }));
    const evidence = await screen.findByRole('region', { name: 'Doklady z průzkumů Kvality' });
    expect(evidence.textContent).toContain(
      'Spokojenost zaměstnanců (subkritéria 3.3, 7.1; vln za posledních 12 měsíců: 2',
    );
  }, 20_000);
});
