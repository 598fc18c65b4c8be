import { describe, expect, it } from '@jest/globals';
import {
  CHECKLIST_SECTIONS,
  DEMO_CHECKLISTS,
  MYSTERY_CHANNELS,
  MYSTERY_LIMITS,
  personalNameWarnings,
} from '../../src';
import { checklistDraftSchema } from '../../src/mystery/request-schemas';

const drafts = Object.entries(DEMO_CHECKLISTS);

describe('the demo checklists', () => {
  it('are one per channel, each under its own channel', () => {
    expect(Object.keys(DEMO_CHECKLISTS).sort()).toEqual([...MYSTERY_CHANNELS].sort());
    for (const [channel, draft] of drafts) expect(draft.channel).toBe(channel);
  });

  it('pass the schema a checklist is created with', () => {
    for (const [, draft] of drafts)
      expect(checklistDraftSchema.safeParse(draft).error?.issues).toBeUndefined();
  });

  it('have valid, unique keys', () => {
    const pattern = new RegExp(MYSTERY_LIMITS.keyPattern);
    for (const [, draft] of drafts) {
      const keys = draft.items.map((item) => item.key);
      for (const key of keys) expect(key).toMatch(pattern);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('weigh every item within the limits and hint at every answer', () => {
    for (const [, draft] of drafts)
      for (const item of draft.items) {
        expect(Number.isInteger(item.weight)).toBe(true);
        expect(item.weight).toBeGreaterThanOrEqual(MYSTERY_LIMITS.weight.min);
        expect(item.weight).toBeLessThanOrEqual(MYSTERY_LIMITS.weight.max);
        expect(item.text.length).toBeLessThanOrEqual(MYSTERY_LIMITS.itemText);
        expect(item.hint.length).toBeLessThanOrEqual(MYSTERY_LIMITS.hint);
        expect(item.hint).toMatch(/^Ano: /);
      }
  });

  it('have one to three critical items per channel, the correct answer among them, none of them graded "partly"', () => {
    for (const [, draft] of drafts) {
      const critical = draft.items.filter((item) => item.critical);
      expect(critical.length).toBeGreaterThanOrEqual(1);
      expect(critical.length).toBeLessThanOrEqual(3);
      expect(critical.map((item) => item.key)).toContain('cp-correct');
      // A critical item takes yes or no: its hint says where "no" starts, never what "partly" is.
      for (const item of critical) {
        expect(item.hint).toMatch(/ Ne: /);
        expect(item.hint).not.toMatch(/Částečně/);
      }
      // A non-critical item says what "partly" is.
      for (const item of draft.items.filter((one) => !one.critical)) expect(item.hint).toMatch(/Částečně: /);
    }
    // The legal deadline of a data-box submission is critical there.
    expect(DEMO_CHECKLISTS.dataBox.items.find((item) => item.key === 'fc-deadline')?.critical).toBe(true);
  });

  it('cover every section in every channel', () => {
    for (const [, draft] of drafts)
      for (const section of CHECKLIST_SECTIONS)
        expect(draft.items.filter((item) => item.section === section).length).toBeGreaterThan(0);
  });

  it('judge what a citizen can observe, never a person by name or their manner', () => {
    for (const [, draft] of drafts)
      for (const item of draft.items) {
        expect(personalNameWarnings(`${item.text} ${item.hint}`)).toEqual([]);
        expect(item.text).not.toMatch(/ochotn|přívětiv|milý|milá|příjemn/i);
      }
  });
});
