import { describe, expect, it } from '@jest/globals';
import {
  behaviourKeys,
  DEFAULT_NOMINATION_RULES,
  directoryNominations,
  modelProblems,
  nextModelKey,
  nominationProblems,
  raterLoads,
  type CompetencyModelDraft,
  type NominationCheck,
} from '../../src';

const behaviours = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => ({
    key: `${prefix}-b${index + 1}`,
    text: `Chování ${index + 1}`,
  }));
const competency = (key: string, count = 3) => ({
  key,
  name: key,
  definition: 'Definice',
  behaviours: behaviours(key, count),
});
const scale = [1, 2, 3, 4, 5].map((point) => ({ point: point as 1, label: `${point}`, description: '' }));
const valid: CompetencyModelDraft = {
  name: 'Vedoucí',
  description: '',
  scale,
  groups: [
    { key: 'vedeni', name: 'Vedení', competencies: [competency('k1'), competency('k2'), competency('k3')] },
  ],
};

describe('competency model rules', () => {
  it('accepts three competencies of three behaviours with five anchors', () => {
    expect(modelProblems(valid)).toEqual([]);
    expect(behaviourKeys(valid)).toHaveLength(9);
  });

  it('refuses too few competencies, too few behaviours, too many in all, bad anchors and reused keys', () => {
    const kinds = (draft: CompetencyModelDraft) => modelProblems(draft).map((problem) => problem.kind);
    expect(
      kinds({
        ...valid,
        groups: [{ ...valid.groups[0]!, competencies: [competency('k1'), competency('k2')] }],
      }),
    ).toEqual(['competenciesCount']);
    expect(
      kinds({
        ...valid,
        groups: [
          { ...valid.groups[0]!, competencies: [competency('k1', 2), competency('k2'), competency('k3')] },
        ],
      }),
    ).toEqual(['behavioursCount']);
    const many = Array.from({ length: 7 }, (_, index) => competency(`k${index}`, 6));
    expect(kinds({ ...valid, groups: [{ ...valid.groups[0]!, competencies: many }] })).toEqual([
      'behavioursTotal',
    ]);
    expect(kinds({ ...valid, scale: scale.slice(0, 4) })).toEqual(['anchors']);
    expect(kinds({ ...valid, scale: [...scale].reverse() })).toEqual(['anchors']);
    expect(
      modelProblems({
        ...valid,
        groups: [
          { ...valid.groups[0]!, competencies: [competency('k1'), competency('k1'), competency('k3')] },
        ],
      }),
    ).toContainEqual({ kind: 'duplicateKey', path: 'groups.0.competencies.1.key', value: 'k1' });
  });

  it('makes an ASCII key from a Czech name, unique among taken ones', () => {
    expect(nextModelKey('Vedoucí zaměstnanci', new Set())).toBe('vedouci-zamestnanci');
    expect(nextModelKey('Vedoucí zaměstnanci', new Set(['vedouci-zamestnanci']))).toBe(
      'vedouci-zamestnanci-2',
    );
    expect(nextModelKey('2026 ☺', new Set())).toBe('model');
  });
});

describe('nomination rules', () => {
  it('starts a subject with self, the manager and the direct reports from the directory', () => {
    const nominations = directoryNominations(
      { email: 'Lucie.Dvorakova@lipova.example', managerEmail: 'petr.svoboda@lipova.example' },
      [{ email: 'marie.prochazkova@lipova.example' }, { email: 'alena.nemcova@lipova.example' }],
      DEFAULT_NOMINATION_RULES,
    );
    expect(nominations.map((nomination) => [nomination.raterEmail, nomination.group])).toEqual([
      ['lucie.dvorakova@lipova.example', 'self'],
      ['petr.svoboda@lipova.example', 'manager'],
      ['alena.nemcova@lipova.example', 'directReport'],
      ['marie.prochazkova@lipova.example', 'directReport'],
    ]);
    expect(nominations.every((nomination) => nomination.state === 'approved')).toBe(true);
  });

  const check = (overrides: Partial<NominationCheck>): NominationCheck => ({
    subjectEmail: 'jiri.kucera@lipova.example',
    managerEmail: 'lucie.dvorakova@lipova.example',
    proposed: [],
    rules: DEFAULT_NOMINATION_RULES,
    declined: new Set(),
    loadElsewhere: new Map(),
    loadCap: 8,
    known: (email) => email.endsWith('@lipova.example'),
    ...overrides,
  });
  const peers = (...names: string[]) =>
    names.map((name) => ({ email: `${name}@lipova.example`, group: 'peer' as const }));

  it('accepts three peers and warns below the minimum', () => {
    expect(nominationProblems(check({ proposed: peers('a', 'b', 'c') }))).toEqual([]);
    expect(nominationProblems(check({ proposed: peers('a', 'b') }))).toEqual([
      { kind: 'belowMinimum', subjectOf: 'peer' },
    ]);
  });

  it('refuses self, the manager, duplicates, strangers, a declined person and an overloaded one', () => {
    const problems = nominationProblems(
      check({
        proposed: [
          ...peers('jiri.kucera', 'lucie.dvorakova', 'a', 'A', 'declined', 'busy'),
          { email: 'someone@elsewhere.example', group: 'other' },
        ],
        declined: new Set(['declined@lipova.example']),
        loadElsewhere: new Map([['busy@lipova.example', 8]]),
      }),
    );
    expect(problems).toEqual([
      { kind: 'selfOrManager', subjectOf: 'jiri.kucera@lipova.example' },
      { kind: 'selfOrManager', subjectOf: 'lucie.dvorakova@lipova.example' },
      { kind: 'duplicate', subjectOf: 'a@lipova.example' },
      { kind: 'declinedBefore', subjectOf: 'declined@lipova.example' },
      { kind: 'overLoad', subjectOf: 'busy@lipova.example' },
      { kind: 'unknownPerson', subjectOf: 'someone@elsewhere.example' },
    ]);
  });

  it('refuses more peers than the rule allows', () => {
    expect(nominationProblems(check({ proposed: peers('a', 'b', 'c', 'd', 'e', 'f', 'g') }))).toEqual([
      { kind: 'aboveMaximum', subjectOf: 'peer' },
    ]);
  });

  it('counts forms per person without self and declines', () => {
    const loads = raterLoads([
      { raterEmail: 'a@lipova.example', group: 'self', state: 'approved' },
      { raterEmail: 'a@lipova.example', group: 'peer', state: 'approved' },
      { raterEmail: 'A@lipova.example', group: 'manager', state: 'approved' },
      { raterEmail: 'a@lipova.example', group: 'peer', state: 'declined' },
    ]);
    expect(loads.get('a@lipova.example')).toBe(2);
  });
});

describe("the demo office's competency models", () => {
  it('both keep every model rule', async () => {
    const { MANAGERS_MODEL, STAFF_MODEL } = await import('../../src');
    expect(modelProblems(MANAGERS_MODEL)).toEqual([]);
    expect(modelProblems(STAFF_MODEL)).toEqual([]);
  });
});
