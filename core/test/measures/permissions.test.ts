import { describe, expect, it } from '@jest/globals';
import {
  actionRefusal,
  allowedMeasureActions,
  createRefusal,
  creatableDepartments,
  mayCreateMeasure,
  mayReadMeasure,
  type MeasureActor,
  type MeasureParties,
  type MeasureSettings,
  type MeasureStatus,
  type Role,
} from '../../src';

const OPEN: MeasureSettings = { hideOtherDepartments: false, reminderDays: 7 };
const HIDDEN: MeasureSettings = { hideOtherDepartments: true, reminderDays: 7 };

const actor = (email: string, roles: Role[], departmentCodes: string[] = []): MeasureActor => ({
  email,
  roles,
  departmentCodes,
});
const qm = actor('jana@office.example', ['qualityManager']);
const director = actor('petr@office.example', ['director']);
// Head of the social department (SOC) and its section SOC-D.
const head = actor('eva@office.example', ['headOfDepartment'], ['SOC', 'SOC-D']);
const otherHead = actor('karel@office.example', ['headOfDepartment'], ['FIN']);
const employee = actor('jiri@office.example', ['employee'], ['SOC']);
const outsider = actor('alena@office.example', ['employee'], ['FIN']);
const coOwner = actor('marie@office.example', ['employee'], ['FIN']);

const measure = (status: MeasureStatus, changes: Partial<MeasureParties> = {}): MeasureParties => ({
  status,
  departmentCode: 'SOC-D',
  ownerEmail: 'eva@office.example',
  coOwnerEmails: ['Marie@office.example'],
  ...changes,
});

describe('who may do what to a measure (the role matrix with the lifecycle)', () => {
  it('gives the quality manager every action the status allows', () => {
    expect(allowedMeasureActions(qm, measure('proposed'), OPEN)).toEqual(['edit', 'approve', 'cancel']);
    expect(allowedMeasureActions(qm, measure('approved'), OPEN)).toEqual([
      'edit',
      'start',
      'reportProgress',
      'cancel',
    ]);
    expect(allowedMeasureActions(qm, measure('inProgress'), OPEN)).toEqual([
      'edit',
      'reportProgress',
      'requestCheck',
      'cancel',
    ]);
    expect(allowedMeasureActions(qm, measure('effectivenessCheck'), OPEN)).toEqual([
      'edit',
      'checkEffectiveness',
      'cancel',
    ]);
    expect(allowedMeasureActions(qm, measure('closed'), OPEN)).toEqual([]);
    expect(allowedMeasureActions(qm, measure('cancelled'), OPEN)).toEqual([]);
  });

  it('lets the director approve and cancel, nothing else', () => {
    expect(allowedMeasureActions(director, measure('proposed'), HIDDEN)).toEqual(['approve', 'cancel']);
    expect(allowedMeasureActions(director, measure('inProgress'), HIDDEN)).toEqual(['cancel']);
    expect(actionRefusal(director, measure('inProgress'), OPEN, 'edit')).toBe('runRole');
    expect(actionRefusal(director, measure('effectivenessCheck'), OPEN, 'checkEffectiveness')).toBe(
      'checkRole',
    );
    expect(actionRefusal(director, measure('approved'), OPEN, 'reportProgress')).toBe('progressRole');
  });

  it('lets the head run their department’s measures (sections too) but not approve or verify them', () => {
    const ofSection = measure('proposed', { ownerEmail: 'someone@office.example', coOwnerEmails: [] });
    expect(allowedMeasureActions(head, ofSection, OPEN)).toEqual(['edit', 'cancel']);
    expect(actionRefusal(head, ofSection, OPEN, 'approve')).toBe('approveRole');
    expect(allowedMeasureActions(head, measure('approved'), OPEN)).toEqual([
      'edit',
      'start',
      'reportProgress',
    ]);
    expect(actionRefusal(head, measure('approved'), OPEN, 'cancel')).toBe('cancelRole');
    expect(allowedMeasureActions(head, measure('inProgress'), OPEN)).toEqual([
      'edit',
      'reportProgress',
      'requestCheck',
    ]);
    expect(allowedMeasureActions(head, measure('effectivenessCheck'), OPEN)).toEqual(['edit']);
    expect(actionRefusal(head, measure('effectivenessCheck'), OPEN, 'checkEffectiveness')).toBe('checkRole');
  });

  it('lets a head who owns a measure of another department run it, and refuses one who does not', () => {
    const fin = measure('inProgress', {
      departmentCode: 'FIN',
      ownerEmail: 'EVA@office.example',
      coOwnerEmails: [],
    });
    expect(allowedMeasureActions(head, fin, OPEN)).toEqual(['edit', 'reportProgress', 'requestCheck']);
    expect(allowedMeasureActions(otherHead, measure('inProgress'), OPEN)).toEqual([]);
    expect(actionRefusal(otherHead, measure('inProgress'), OPEN, 'edit')).toBe('runRole');
    expect(actionRefusal(otherHead, measure('inProgress'), OPEN, 'reportProgress')).toBe('progressRole');
  });

  it('lets co-owners report progress only, and an owner who is no head ask for the check too', () => {
    expect(allowedMeasureActions(coOwner, measure('inProgress'), OPEN)).toEqual(['reportProgress']);
    expect(actionRefusal(coOwner, measure('inProgress'), OPEN, 'requestCheck')).toBe('runRole');
    const owner = actor('jiri@office.example', ['employee'], ['SOC']);
    const owned = measure('inProgress', { ownerEmail: 'jiri@office.example' });
    expect(allowedMeasureActions(owner, owned, OPEN)).toEqual(['reportProgress', 'requestCheck']);
    expect(actionRefusal(owner, owned, OPEN, 'edit')).toBe('runRole');
  });

  it('lets everyone else read and nothing more', () => {
    for (const status of ['proposed', 'approved', 'inProgress', 'effectivenessCheck'] as const) {
      expect(allowedMeasureActions(employee, measure(status), OPEN)).toEqual([]);
      expect(allowedMeasureActions(outsider, measure(status), OPEN)).toEqual([]);
    }
    expect(mayReadMeasure(outsider, measure('proposed'), OPEN)).toBe(true);
    expect(actionRefusal(employee, measure('proposed'), OPEN, 'cancel')).toBe('cancelRole');
    expect(actionRefusal(employee, measure('proposed'), OPEN, 'approve')).toBe('approveRole');
  });

  it('hides other departments’ measures when the office says so, but not one’s own, owned or co-owned', () => {
    expect(mayReadMeasure(outsider, measure('proposed'), HIDDEN)).toBe(false);
    expect(actionRefusal(outsider, measure('proposed'), HIDDEN, 'edit')).toBe('hidden');
    expect(mayReadMeasure(otherHead, measure('proposed'), HIDDEN)).toBe(false);
    expect(mayReadMeasure(employee, measure('proposed'), HIDDEN)).toBe(false); // SOC-D is not SOC's employee's
    expect(mayReadMeasure(employee, measure('proposed', { departmentCode: 'SOC' }), HIDDEN)).toBe(true);
    expect(mayReadMeasure(head, measure('proposed'), HIDDEN)).toBe(true);
    expect(mayReadMeasure(coOwner, measure('proposed'), HIDDEN)).toBe(true);
    expect(mayReadMeasure(qm, measure('proposed', { departmentCode: null }), HIDDEN)).toBe(true);
    expect(mayReadMeasure(director, measure('proposed'), HIDDEN)).toBe(true);
    expect(allowedMeasureActions(coOwner, measure('approved'), HIDDEN)).toEqual(['reportProgress']);
  });

  it('lets the quality manager create anywhere and a head in their departments only, as the owner', () => {
    expect(creatableDepartments(qm)).toBe('all');
    expect(creatableDepartments(head)).toEqual(['SOC', 'SOC-D']);
    expect(creatableDepartments(director)).toEqual([]);
    expect(creatableDepartments(employee)).toEqual([]);
    expect(createRefusal(qm, null, 'anyone@office.example')).toBeNull();
    expect(createRefusal(head, 'SOC-D', null)).toBeNull();
    expect(createRefusal(head, 'SOC', 'EVA@office.example')).toBeNull();
    expect(createRefusal(head, 'SOC', 'jiri@office.example')).toBe('ownerByQualityManager');
    expect(createRefusal(head, 'FIN', null)).toBe('createDepartment');
    expect(createRefusal(head, null, null)).toBe('createDepartment');
    expect(createRefusal(director, 'SOC', null)).toBe('createRole');
    expect(createRefusal(employee, 'SOC', null)).toBe('createRole');
    expect(mayCreateMeasure(head, 'SOC')).toBe(true);
    expect(mayCreateMeasure(otherHead, 'SOC')).toBe(false);
  });
});
