import { describe, expect, it } from '@jest/globals';
import {
  ACKNOWLEDGEMENT_SCOPES,
  DOCUMENT_EVENT_KINDS,
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  ISSUING_BODIES,
} from '@kvalita/core';
import {
  ACKNOWLEDGEMENT_SCOPE_CHOICES,
  DOCUMENT_EVENT_KIND_CHOICES,
  DOCUMENT_KIND_CHOICES,
  DOCUMENT_STATUS_CHOICES,
  ISSUING_BODY_CHOICES,
} from '../../src/documents/lists/document-choices';
import { holdsCode, readCodes, writeCodes } from '../../src/documents/code-set';
import { documentFileName } from '../../src/documents/document-values';
import { buildVersions, type VersionsInput, type VersionEvent } from '../../src/documents/document-versions';

const approvedEvent = (label: string, effectiveFrom: string): VersionEvent => ({
  id: 1,
  kind: 'approved',
  at: `${effectiveFrom}T08:00:00Z`,
  by: { email: 'petr.svoboda@lipova.example', displayName: 'Mgr. Petr Svoboda' },
  versionLabel: label,
  note: '',
  effectiveFrom,
  reason: null,
});

const input = (overrides: Partial<VersionsInput>): VersionsInput => ({
  documentId: 7,
  type: 'docx',
  status: 'effective',
  revisionStatus: null,
  effectiveVersion: '2.0',
  reasonForChange: null,
  moderationStatus: 0,
  current: {
    Name: 'SM-01.docx',
    Length: '300',
    UIVersionLabel: '2.0',
    TimeLastModified: '2026-05-01T08:00:00Z',
  },
  history: [
    { VersionLabel: '0.1', Created: '2025-01-01T08:00:00Z', Size: 0 },
    { VersionLabel: '0.2', Created: '2025-01-02T08:00:00Z', Size: 100 },
    { VersionLabel: '1.0', Created: '2025-01-10T08:00:00Z', Size: 100 },
    { VersionLabel: '1.1', Created: '2026-04-01T08:00:00Z', Size: 300 },
  ],
  events: [approvedEvent('2.0', '2026-05-01'), approvedEvent('1.0', '2025-02-01')],
  ...overrides,
});

describe('the documents library’s choices', () => {
  it('cover core’s codes exactly, with distinct Czech labels', () => {
    const pairs = [
      [DOCUMENT_KIND_CHOICES, DOCUMENT_KINDS],
      [DOCUMENT_STATUS_CHOICES, DOCUMENT_STATUSES],
      [ISSUING_BODY_CHOICES, ISSUING_BODIES],
      [ACKNOWLEDGEMENT_SCOPE_CHOICES, ACKNOWLEDGEMENT_SCOPES],
      [DOCUMENT_EVENT_KIND_CHOICES, DOCUMENT_EVENT_KINDS],
    ] as const;
    for (const [choices, codes] of pairs) {
      expect(choices.map((choice) => choice.code)).toEqual([...codes]);
      expect(new Set(choices.map((choice) => choice.label)).size).toBe(choices.length);
    }
  });
});

describe('codes in one column', () => {
  it('match whole codes only', () => {
    expect(writeCodes(['OD', 'OSV', 'OD'])).toBe(';OD;OSV;');
    expect(writeCodes([])).toBeNull();
    expect(readCodes(';OD;OSV;')).toEqual(['OD', 'OSV']);
    expect(readCodes(null)).toEqual([]);
    expect(holdsCode('DepartmentScope', "O'D")).toBe("substringof(';O''D;',DepartmentScope)");
    expect(() => writeCodes(['A;B'])).toThrow(RangeError);
  });
});

describe('a document’s file name', () => {
  it('is its code made safe, with the type’s extension', () => {
    expect(documentFileName('SM-01', 'docx')).toBe('SM-01.docx');
    expect(documentFileName('ES-2026/1', 'pdf')).toBe('ES-2026_1.pdf');
    expect(documentFileName('.A#1.', 'xlsx')).toBe('A_1.xlsx');
    expect(() => documentFileName('...', 'docx')).toThrow(RangeError);
  });
});

describe('versions from SharePoint’s history', () => {
  it('are newest first: the last approved effective, earlier ones superseded, the empty first file left out', () => {
    const versions = buildVersions(input({}));
    expect(versions.map((version) => [version.label, version.status])).toEqual([
      ['2.0', 'effective'],
      ['1.1', 'draft'],
      ['1.0', 'superseded'],
      ['0.2', 'draft'],
    ]);
    expect(versions[2]).toMatchObject({ effectiveFrom: '2025-02-01', effectiveUntil: '2026-05-01' });
    expect(versions[0]?.contentUrl).toBe('/api/documents/7/versions/2.0/content');
  });

  it('keep the earlier version in force while an approved one waits for its date', () => {
    const versions = buildVersions(input({ status: 'approved' }));
    expect(versions.map((version) => [version.label, version.status])).toEqual([
      ['2.0', 'approved'],
      ['1.1', 'draft'],
      ['1.0', 'effective'],
      ['0.2', 'draft'],
    ]);
  });

  it('show a withdrawn document’s last version as withdrawn, and a major version awaiting approval as in review', () => {
    expect(buildVersions(input({ status: 'withdrawn' }))[0]?.status).toBe('withdrawn');
    expect(buildVersions(input({ moderationStatus: 2 }))[0]?.status).toBe('inReview');
  });

  it('show the current draft in review when the revision is', () => {
    const versions = buildVersions(
      input({
        revisionStatus: 'inReview',
        reasonForChange: 'Nové kapitoly',
        current: {
          Name: 'SM-01.docx',
          Length: 400,
          UIVersionLabel: '2.1',
          TimeLastModified: '2026-06-01T08:00:00Z',
        },
        history: [{ VersionLabel: '2.0', Created: '2026-05-01T08:00:00Z', Size: 300 }],
      }),
    );
    expect(versions.map((version) => [version.label, version.status, version.reasonForChange])).toEqual([
      ['2.1', 'inReview', 'Nové kapitoly'],
      ['2.0', 'effective', null],
    ]);
  });
});
