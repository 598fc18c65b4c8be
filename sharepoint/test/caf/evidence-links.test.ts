import { describe, expect, it } from '@jest/globals';
import { evidenceAsLines, evidenceLinks, evidenceText } from '../../src/caf/evidence-links';

const links = [
  {
    title: 'Směrnice o vyřizování stížností',
    url: 'https://lipova.sharepoint.com/sites/kvalita/Dokumenty/s12.pdf',
  },
  { title: 'Plán vzdělávání 2026 (https://intranet verze)', url: 'https://intranet.lipova.cz/plan?rok=2026' },
];

describe('score evidence, one link per line', () => {
  it('writes a title and an address per line and reads them back unchanged', () => {
    const text = evidenceText(links);
    expect(text).toBe(
      'Směrnice o vyřizování stížností https://lipova.sharepoint.com/sites/kvalita/Dokumenty/s12.pdf\n' +
        'Plán vzdělávání 2026 (https://intranet verze) https://intranet.lipova.cz/plan?rok=2026',
    );
    expect(evidenceLinks(text)).toEqual(links);
  });

  it('keeps one link on one line whatever the title holds, and no links is an empty column', () => {
    const text = evidenceText([{ title: 'Zápis\nz porady', url: 'https://x.example/a b' }]);
    expect(text).toBe('Zápis z porady https://x.example/a%20b');
    expect(evidenceLinks(text)).toEqual([{ title: 'Zápis z porady', url: 'https://x.example/a%20b' }]);
    expect(evidenceText([])).toBeNull();
    expect(evidenceLinks(null)).toEqual([]);
  });

  it('reads links someone typed in SharePoint: an address alone, the address first, blank lines', () => {
    expect(
      evidenceLinks('https://a.example/1\r\n\r\nhttps://b.example/2 Zápis z porady\nbez odkazu'),
    ).toEqual([
      { title: 'https://a.example/1', url: 'https://a.example/1' },
      { title: 'Zápis z porady', url: 'https://b.example/2' },
    ]);
  });

  it('still reads the JSON the first release wrote', () => {
    expect(evidenceLinks(JSON.stringify(links))).toEqual(links);
    expect(evidenceLinks('[{"title":1}]')).toEqual([]);
  });

  it('migrates a JSON row to lines and leaves a row in lines (or empty) alone', () => {
    expect(evidenceAsLines.migrate({ Id: 1, Evidence: JSON.stringify(links) })).toEqual({
      Evidence: evidenceText(links),
    });
    expect(evidenceAsLines.migrate({ Id: 2, Evidence: '[]' })).toEqual({ Evidence: null });
    expect(evidenceAsLines.migrate({ Id: 3, Evidence: evidenceText(links) })).toBeNull();
    expect(evidenceAsLines.migrate({ Id: 4, Evidence: null })).toBeNull();
  });
});
