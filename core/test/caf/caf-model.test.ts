import { describe, expect, it } from '@jest/globals';
import { CAF_2020_CRITERIA, allSubcriteria, findSubcriterion, localizeModel } from '../../src';

describe('CAF 2020 model', () => {
  it('has 9 criteria and 28 subcriteria, enablers 1–5 and results 6–9', () => {
    expect(CAF_2020_CRITERIA).toHaveLength(9);
    expect(allSubcriteria()).toHaveLength(28);
    expect(CAF_2020_CRITERIA.filter((c) => c.kind === 'enabler').map((c) => c.number)).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(CAF_2020_CRITERIA.filter((c) => c.kind === 'result').map((c) => c.number)).toEqual([6, 7, 8, 9]);
  });

  it('numbers subcriteria consecutively inside their criterion', () => {
    for (const criterion of CAF_2020_CRITERIA) {
      criterion.subcriteria.forEach((subcriterion, index) => {
        expect(subcriterion.code).toBe(`${criterion.number}.${index + 1}`);
        expect(subcriterion.criterion).toBe(criterion.number);
      });
    }
  });

  it('gives every title in Czech with diacritics and English, with a provenance status', () => {
    for (const subcriterion of allSubcriteria()) {
      expect(subcriterion.title.cs.text.length).toBeGreaterThan(5);
      expect(subcriterion.title.en.text.length).toBeGreaterThan(5);
      expect(subcriterion.title.en.status).toBe('confirmed');
    }
    expect(findSubcriterion('3.3')?.title.cs.text).toBe(
      'Zapojovat zaměstnance, posilovat jejich pravomoci a podporovat jejich pohodu',
    );
    expect(CAF_2020_CRITERIA[5]?.title.cs).toEqual({
      text: 'Občané/zákazníci – výsledky',
      status: 'confirmed',
    });
  });

  it('localizes to Czech or English and lets an office override a title', () => {
    const czech = localizeModel('cs');
    expect(czech[0]?.title).toBe('Vedení');
    expect(czech[0]?.subcriteria[0]?.titleStatus).toBe('working');
    expect(localizeModel('en')[8]?.subcriteria[1]?.title).toBe('Internal results: level of efficiency');

    const overridden = localizeModel('cs', { '4.6': { cs: 'Řídit budovy a vybavení' } });
    const facilities = overridden[3]?.subcriteria.find((s) => s.code === '4.6');
    expect(facilities).toEqual({ code: '4.6', title: 'Řídit budovy a vybavení', titleStatus: 'confirmed' });
    expect(localizeModel('en', { '4.6': { cs: 'x' } })[3]?.subcriteria[5]?.title).toBe('Manage facilities');
  });

  it('does not find a code outside the model', () => {
    expect(findSubcriterion('4.7')).toBeUndefined();
    expect(findSubcriterion('10.1')).toBeUndefined();
  });
});

describe('examples per subcriterion', () => {
  it('gives every subcriterion at least three examples in Czech and English, marked as paraphrases', async () => {
    const { CAF_EXAMPLES } = await import('../../src');
    for (const subcriterion of allSubcriteria()) {
      const examples = CAF_EXAMPLES[subcriterion.code] ?? [];
      expect(examples.length).toBeGreaterThanOrEqual(3);
      for (const example of examples) {
        expect(example.cs.status).toBe('working');
        expect(example.en.text.length).toBeGreaterThan(10);
        expect(example.cs.text.length).toBeGreaterThan(10);
      }
    }
    expect(Object.keys(CAF_EXAMPLES).sort()).toEqual(
      allSubcriteria()
        .map((s) => s.code)
        .sort(),
    );
  });
});
