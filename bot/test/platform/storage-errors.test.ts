import { describe, expect, it } from '@jest/globals';
import { CycleNameTakenError, DomainError, DuplicateKeyError, StaleVersionError } from '@kvalita/core';
import {
  ConcurrencyConflictError,
  CycleAlreadyExistsError,
  DuplicateValueError,
  NotFoundError,
  SharePointError,
} from '@kvalita/sharepoint';
import { withDomainErrors } from '../../src/platform/storage-errors';

/** A storage port that fails the way the SharePoint repositories do. */
function failingPort(error: unknown) {
  return {
    label: 'port',
    async save(): Promise<string> {
      throw error;
    },
    count(): number {
      throw error;
    },
    async load(): Promise<string> {
      return 'stored';
    },
  };
}

describe('storage ports speak domain errors', () => {
  it.each([
    [
      'a stale etag',
      new ConcurrencyConflictError(412, '-1, stale', 'The version is out of date'),
      StaleVersionError,
    ],
    [
      'a taken unique value',
      new DuplicateValueError(500, 'SPDuplicateValuesFoundException', 'taken'),
      DuplicateKeyError,
    ],
    ['a cycle name in use', new CycleAlreadyExistsError('CAF  2026', 'CAF 2026'), CycleNameTakenError],
  ])('turns %s into a conflict', async (_case, error, domainClass) => {
    const port = withDomainErrors(failingPort(error));
    const failure = await port.save().catch((reason: unknown) => reason);
    expect(failure).toBeInstanceOf(domainClass);
    expect(failure).toMatchObject({ code: 'conflict' });
  });

  it('turns a missing item into notFound and a value storage cannot hold into badRequest', async () => {
    const missing = withDomainErrors(failingPort(new NotFoundError(404, '', 'Item does not exist')));
    await expect(missing.save()).rejects.toMatchObject({ code: 'notFound' });
    const unknown = withDomainErrors(failingPort(new RangeError('Unknown department code "X"')));
    await expect(unknown.save()).rejects.toMatchObject({
      code: 'badRequest',
      params: { details: 'Unknown department code "X"' },
    });
  });

  it('translates synchronous failures too and leaves other errors and results as they are', async () => {
    const stale = withDomainErrors(failingPort(new ConcurrencyConflictError(412, '', 'stale')));
    expect(() => stale.count()).toThrow(StaleVersionError);
    const broken = new SharePointError(500, 'Microsoft.SharePoint.SPException', 'boom');
    await expect(withDomainErrors(failingPort(broken)).save()).rejects.toBe(broken);
    const port = withDomainErrors(failingPort(new Error('unused')));
    expect(port.label).toBe('port');
    await expect(port.load()).resolves.toBe('stored');
  });

  it('passes domain errors through untouched', async () => {
    const forbidden = new DomainError('forbidden');
    await expect(withDomainErrors(failingPort(forbidden)).save()).rejects.toBe(forbidden);
  });
});
