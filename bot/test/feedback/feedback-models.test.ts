import { describe, expect, it } from '@jest/globals';
import { FeedbackInvalidError, FeedbackRefusedError, MANAGERS_MODEL, STAFF_MODEL } from '@kvalita/core';
import ExcelJS from 'exceljs';
import { readModelWorkbook } from '../../src/feedback/exports/model-import';
import { modelWorkbook } from '../../src/feedback/exports/model-workbook';
import { feedbackFixture, startedCycle } from './service-fixture';

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const bytesOf = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

describe('competency models', () => {
  it('are authored by coordinators, read by everyone, and frozen once a cycle starts on them', async () => {
    const fixture = feedbackFixture();
    const coordinator = await fixture.actor('helena.rysova');
    const created = await fixture.service.createModel(coordinator, { draft: MANAGERS_MODEL });
    expect(created.model).toMatchObject({ version: 1, frozen: false, modelKey: 'vedouci-zamestnanci' });
    expect(created.mayEdit).toBe(true);
    const clerk = await fixture.actor('eva.vesela');
    await expect(fixture.service.createModel(clerk, { draft: STAFF_MODEL })).rejects.toBeInstanceOf(
      FeedbackRefusedError,
    );
    expect(await fixture.service.model(clerk, created.model.id)).toMatchObject({ mayEdit: false });
    const edited = await fixture.service.editModel(coordinator, created.model.id, {
      etag: created.model.etag,
      draft: { ...MANAGERS_MODEL, description: 'Upraveno.' },
    });
    expect(edited.model.description).toBe('Upraveno.');

    const started = await startedCycle(fixture);
    const used = await fixture.service.model(coordinator, started.cycle.modelId);
    expect(used).toMatchObject({ mayEdit: false, model: { frozen: true } });
    await expect(
      fixture.service.editModel(coordinator, used.model.id, { etag: used.model.etag, draft: STAFF_MODEL }),
    ).rejects.toMatchObject({ rule: 'modelFrozen' });
  });

  it('makes the next version of a frozen model and copies one into a new model', async () => {
    const fixture = feedbackFixture();
    const coordinator = await fixture.actor('jana.novakova');
    const started = await startedCycle(fixture);
    const next = await fixture.service.newModelVersion(coordinator, started.cycle.modelId);
    expect(next.model).toMatchObject({ version: 2, frozen: false, name: STAFF_MODEL.name });
    const copy = await fixture.service.copyModel(coordinator, started.cycle.modelId, {
      name: 'Zaměstnanci – podatelna',
    });
    expect(copy.model).toMatchObject({
      version: 1,
      modelKey: 'zamestnanci-podatelna',
      name: 'Zaměstnanci – podatelna',
    });
    const list = await fixture.service.listModels(coordinator);
    // The newest version of each model first (by name), the older versions after them.
    const newest = list.items.filter((item) => item.latest);
    expect(newest.map((item) => item.name)).toEqual(
      newest.map((item) => item.name).sort((a, b) => a.localeCompare(b, 'cs')),
    );
    expect(list.items.map((item) => [item.modelKey, item.version, item.latest])).toEqual(
      expect.arrayContaining([
        ['zamestnanci-uradu', 2, true],
        ['zamestnanci-podatelna', 1, true],
      ]),
    );
    expect(list.items.at(-1)).toMatchObject({ modelKey: 'zamestnanci-uradu', version: 1, latest: false });
  });

  it('exports a model as .xlsx that imports back into the same model, in either language', async () => {
    for (const locale of ['cs', 'en'] as const) {
      const bytes = await modelWorkbook(MANAGERS_MODEL, locale);
      const workbook = await workbookOf(bytes);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
        locale === 'cs' ? ['Škála', 'Kompetence'] : ['Scale', 'Competencies'],
      );
      const behaviours = MANAGERS_MODEL.groups.flatMap((g) => g.competencies.flatMap((c) => c.behaviours));
      expect(workbook.getWorksheet(locale === 'cs' ? 'Kompetence' : 'Competencies')?.rowCount).toBe(
        behaviours.length + 1,
      );
      expect(await readModelWorkbook(bytes)).toEqual(MANAGERS_MODEL);
    }
  });

  it('names every bad cell of an import by sheet, cell and column, and stores nothing', async () => {
    const workbook = await workbookOf(await modelWorkbook(STAFF_MODEL, 'cs'));
    const sheet = workbook.getWorksheet('Kompetence');
    if (!sheet) throw new Error('no sheet');
    sheet.getCell('G3').value = '';
    sheet.getCell('F4').value = 'Špatný klíč';
    sheet.getCell('B5').value = 'Jiný název skupiny';
    const scale = workbook.getWorksheet('Škála');
    if (scale) scale.getCell('A7').value = 9;
    const error = await readModelWorkbook(await bytesOf(workbook)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedbackInvalidError);
    const details = String((error as FeedbackInvalidError).params['details']);
    expect((error as FeedbackInvalidError).kind).toBe('importRows');
    expect(details).toContain('Kompetence!G3 (Pozorovatelné chování): required');
    expect(details).toContain('Kompetence!F4 (Klíč chování)');
    expect(details).toContain('Kompetence!B5 (Skupina kompetencí): differs from row');
    expect(details).toContain('Škála!A7 (Bod)');
  });

  it('refuses a file that is no workbook, or lacks the sheets or columns', async () => {
    await expect(readModelWorkbook(new TextEncoder().encode('not a zip'))).rejects.toMatchObject({
      kind: 'importFile',
    });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('List1').addRow(['a']);
    await expect(readModelWorkbook(await bytesOf(workbook))).rejects.toMatchObject({ kind: 'importFile' });
    const exported = await workbookOf(await modelWorkbook(STAFF_MODEL, 'en'));
    exported.getWorksheet('Competencies')?.spliceColumns(5, 1);
    const error = await readModelWorkbook(await bytesOf(exported)).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'importFile' });
    expect(String((error as FeedbackInvalidError).params['details'])).toContain('definition');
  });

  it('checks the model’s rules on import: too few behaviours are named at their competency', async () => {
    const workbook = await workbookOf(await modelWorkbook(STAFF_MODEL, 'cs'));
    const sheet = workbook.getWorksheet('Kompetence');
    if (!sheet) throw new Error('no sheet');
    // The first competency has 3 behaviours; removing one leaves 2.
    sheet.spliceRows(3, 1);
    const error = await readModelWorkbook(await bytesOf(workbook)).catch((e: unknown) => e);
    expect(String((error as FeedbackInvalidError).params['details'])).toMatch(
      /Kompetence!F2 \(Klíč chování\): behavioursCount/,
    );
  });
});
