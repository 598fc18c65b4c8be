import { describe, expect, it } from '@jest/globals';
import { CYCLE_STATUSES, MEASURE_KINDS, MEASURE_STATUSES, ROLES, SCORING_METHODS } from '@kvalita/core';
import {
  ALL_LISTS,
  CYCLE_STATUS_CHOICES,
  SCORING_METHOD_CHOICES,
  UNINDEXABLE_TYPES,
  fieldOf,
  measuresList,
  peopleList,
  type FieldType,
  type ListSchema,
} from '../../src';

const ASCII_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** Internal names SharePoint already uses on lists and libraries: a field of ours must not collide. */
const BUILT_IN_NAMES = new Set(
  [
    'ID',
    'Title',
    'Created',
    'Modified',
    'Author',
    'Editor',
    'Attachments',
    'ContentType',
    'ContentTypeId',
    'Order',
    'GUID',
    'FileRef',
    'FileLeafRef',
    'FileDirRef',
    'FSObjType',
    'Edit',
    'LinkTitle',
    'LinkFilename',
    'DocIcon',
    'Name',
    'Version',
    'Owshiddenversion',
    'ItemChildCount',
    'FolderChildCount',
    'AppAuthor',
    'AppEditor',
    'CheckoutUser',
    'ComplianceAssetId',
  ].map((name) => name.toLowerCase()),
);

/** Types on which SharePoint can enforce unique values (not multi-value, long text, links, yes/no). */
const UNIQUE_CAPABLE = new Set<FieldType>([
  'Text',
  'Number',
  'Currency',
  'DateTime',
  'Choice',
  'Lookup',
  'User',
]);

/** SharePoint's limit of indexed columns per list. */
const MAX_INDEXES = 20;
/** The list view lookup threshold: person and lookup columns in one view, Author and Editor included. */
const MAX_LOOKUPS = 12;

const forEachList = (test: (list: ListSchema) => void) => {
  for (const list of ALL_LISTS) test(list);
};

describe('list schemas', () => {
  it('covers the whole product with distinct keys and ASCII URL names', () => {
    expect(ALL_LISTS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(ALL_LISTS.map((list) => list.key)).size).toBe(ALL_LISTS.length);
    expect(new Set(ALL_LISTS.map((list) => list.urlName.toLowerCase())).size).toBe(ALL_LISTS.length);
    forEachList((list) => expect(list.urlName).toMatch(/^Kvalita[A-Za-z0-9]+$/));
  });

  it('gives every list, its Title column and every field a Czech and an English title', () => {
    forEachList((list) => {
      for (const text of [list.title, list.description, list.titleField]) {
        expect(text.cs.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
      for (const field of list.fields) {
        expect([list.key, field.name, field.title.cs.trim().length > 0]).toEqual([
          list.key,
          field.name,
          true,
        ]);
        expect([list.key, field.name, field.title.en.trim().length > 0]).toEqual([
          list.key,
          field.name,
          true,
        ]);
      }
    });
    const csTitles = ALL_LISTS.map((list) => list.title.cs);
    expect(new Set(csTitles).size).toBe(csTitles.length);
  });

  it('uses ASCII internal names of at most 32 characters, distinct and clear of SharePoint’s own', () => {
    forEachList((list) => {
      const names = list.fields.map((field) => field.name);
      expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
      for (const name of names) {
        expect([list.key, name, ASCII_NAME.test(name) && name.length <= 32]).toEqual([list.key, name, true]);
        expect([list.key, name, BUILT_IN_NAMES.has(name.toLowerCase())]).toEqual([list.key, name, false]);
      }
    });
  });

  it('points every lookup at a list provisioned earlier, and only lookups have a target', () => {
    ALL_LISTS.forEach((list, index) => {
      const earlier = new Set(ALL_LISTS.slice(0, index).map((candidate) => candidate.key));
      for (const field of list.fields) {
        const isLookup = field.type === 'Lookup' || field.type === 'LookupMulti';
        expect([list.key, field.name, isLookup, field.lookupList !== undefined]).toEqual([
          list.key,
          field.name,
          isLookup,
          isLookup,
        ]);
        if (isLookup) {
          expect([list.key, field.name, earlier.has(field.lookupList ?? '')]).toEqual([
            list.key,
            field.name,
            true,
          ]);
        }
      }
    });
  });

  it('indexes unique columns, requires them (no blanks to collide) and keeps them to types that can be unique', () => {
    forEachList((list) => {
      for (const field of list.fields.filter((candidate) => candidate.unique)) {
        expect([list.key, field.name, field.indexed, field.required, UNIQUE_CAPABLE.has(field.type)]).toEqual(
          [list.key, field.name, true, true, true],
        );
      }
    });
  });

  it('indexes only columns SharePoint can index, within its limit of 20 per list', () => {
    forEachList((list) => {
      const indexed = list.fields.filter((field) => field.indexed);
      expect([list.key, indexed.length <= MAX_INDEXES]).toEqual([list.key, true]);
      for (const field of indexed) {
        expect([list.key, field.name, UNINDEXABLE_TYPES.has(field.type)]).toEqual([
          list.key,
          field.name,
          false,
        ]);
      }
    });
  });

  it('stays under the lookup threshold, counting Author and Editor', () => {
    forEachList((list) => {
      const lookups = list.fields.filter((field) => /^(User|Lookup)/.test(field.type)).length + 2;
      expect([list.key, lookups <= MAX_LOOKUPS]).toEqual([list.key, true]);
    });
  });

  it('gives every choice column distinct stable codes and distinct labels', () => {
    forEachList((list) => {
      for (const field of list.fields) {
        const isChoice = field.type === 'Choice' || field.type === 'MultiChoice';
        expect([list.key, field.name, isChoice, (field.choices?.length ?? 0) > 0]).toEqual([
          list.key,
          field.name,
          isChoice,
          isChoice,
        ]);
        const choices = field.choices ?? [];
        expect(new Set(choices.map((choice) => choice.code)).size).toBe(choices.length);
        expect(new Set(choices.map((choice) => choice.label)).size).toBe(choices.length);
        for (const choice of choices) expect(choice.code).toMatch(/^[A-Za-z0-9]+$/);
      }
    });
  });

  it('keeps number bounds and text lengths SharePoint accepts', () => {
    forEachList((list) => {
      for (const field of list.fields) {
        if (field.min !== undefined && field.max !== undefined) expect(field.min).toBeLessThan(field.max);
        if (field.maxLength !== undefined) expect(field.maxLength).toBeLessThanOrEqual(255);
        if (field.min !== undefined || field.max !== undefined) expect(field.type).toBe('Number');
      }
    });
  });

  it('stores the codes core knows for measures and roles', () => {
    expect(fieldOf(measuresList, 'Kind').choices?.map((choice) => choice.code)).toEqual([...MEASURE_KINDS]);
    expect(fieldOf(measuresList, 'Status').choices?.map((choice) => choice.code)).toEqual([
      ...MEASURE_STATUSES,
    ]);
    expect(fieldOf(peopleList, 'Roles').choices?.map((choice) => choice.code)).toEqual([...ROLES]);
  });

  it('stores the codes core knows for CAF cycles: statuses and scoring methods', () => {
    expect(CYCLE_STATUS_CHOICES.map((choice) => choice.code)).toEqual([...CYCLE_STATUSES]);
    expect(SCORING_METHOD_CHOICES.map((choice) => choice.code)).toEqual([...SCORING_METHODS]);
  });
});
