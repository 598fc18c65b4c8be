import { spErrors } from '../errors';
import { readFormValue, type FormValue } from '../model/form-values';
import { valueFields } from '../model/item-values';
import type { FieldRecord, ListRecord, StoredValue, UserRecord } from '../model/types';
import type { FileService } from './files';
import type { ItemService } from './items';
import type { UserService } from './users';

/** SP.ListItemFormUpdateValue: how one field of a ValidateUpdateListItem call went. */
export interface FormUpdateResult {
  readonly ErrorCode: number;
  readonly ErrorMessage: string | null;
  readonly FieldName: string;
  readonly FieldValue: string;
  readonly HasException: boolean;
  readonly ItemId: number;
}

export interface FormUpdateRequest {
  readonly formValues: readonly FormValue[];
  /** true: the item (and its file) keep their version number, as after an upload; false: a new version. */
  readonly newDocumentUpdate: boolean;
  readonly user: UserRecord;
  readonly origin: string;
}

/** The error code SharePoint reports for a field that failed validation (not confirmed against SharePoint Online). */
const FIELD_ERROR = -2146232832;

/** The approval status and comment, settable through forms by whoever may approve items. */
const MODERATION_STATUS = '_moderationstatus';
const MODERATION_COMMENTS = '_moderationcomments';

/**
 * SP.ListItem.ValidateUpdateListItem: the values as a form posts them (text), each validated;
 * SharePoint answers 200 with one result per value and stores nothing when any has an exception.
 * Unlike item updates it enforces Required. `_ModerationStatus` 0 (approve) or 1 (reject), with
 * `_ModerationComments`, moderates the file as approve()/deny() do (Approve Items permission).
 */
export function validateUpdateListItem(
  services: { readonly items: ItemService; readonly files: FileService; readonly users: UserService },
  list: ListRecord,
  fields: readonly FieldRecord[],
  id: number,
  request: FormUpdateRequest,
): FormUpdateResult[] {
  services.items.get(list, id);
  const byName = new Map(valueFields(fields).map((field) => [field.internalName.toLowerCase(), field]));
  const changes: Record<string, StoredValue> = {};
  let moderation: { status: string; comment: string } | undefined;
  const results = request.formValues.map((form): FormUpdateResult => {
    const name = form.FieldName.toLowerCase();
    const ok = {
      ErrorCode: 0,
      ErrorMessage: null,
      FieldName: form.FieldName,
      FieldValue: form.FieldValue,
      HasException: false,
      ItemId: id,
    };
    if (name === MODERATION_STATUS || name === MODERATION_COMMENTS) {
      moderation ??= { status: '', comment: '' };
      if (name === MODERATION_STATUS) moderation.status = form.FieldValue.trim();
      else moderation.comment = form.FieldValue;
      return ok;
    }
    const field = byName.get(name);
    const reading = field
      ? readFormValue(field, form.FieldValue, { userByKey: (key) => userIdByKey(services.users, key) })
      : { error: spErrors.columnNotFound(form.FieldName).message };
    if ('error' in reading)
      return { ...ok, ErrorCode: FIELD_ERROR, ErrorMessage: reading.error, HasException: true };
    changes[(field as FieldRecord).internalName] = reading.value;
    return ok;
  });
  if (results.some((result) => result.HasException)) return results;

  const actor = { user: request.user, origin: request.origin };
  const moderate = () => {
    if (!moderation) return;
    const file = services.files.ofItem(list, id);
    if (!file) throw spErrors.moderationDisabled();
    if (moderation.status === '0') services.files.approve(file, moderation.comment, actor);
    else if (moderation.status === '1') services.files.deny(file, moderation.comment, actor);
    else throw spErrors.unsupportedByEmulator(`Setting _ModerationStatus to '${moderation.status}'`);
  };
  if (Object.keys(changes).length === 0) {
    moderate();
    return results;
  }
  services.items.applyValues(
    list,
    fields,
    id,
    changes,
    {
      user: request.user,
      ifMatch: undefined,
      origin: request.origin,
      // Values that come with an approval change the version being approved, not a new one.
      newVersion: !request.newDocumentUpdate && moderation === undefined,
    },
    moderate,
  );
  return results;
}

function userIdByKey(users: UserService, key: string): number | undefined {
  try {
    return users.ensure(key).id;
  } catch {
    return undefined;
  }
}
