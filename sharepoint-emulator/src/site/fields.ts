import { randomUUID } from 'node:crypto';
import { spErrors } from '../errors';
import {
  fieldFromCreationInformation,
  fieldFromEntity,
  fieldFromXml,
  updateField,
  type FieldContext,
} from '../model/field-definition';
import { parseFieldXml } from '../model/field-schema-xml';
import { isPlainObject, readInteger, readString, type JsonObject } from '../model/json-input';
import type { FieldRecord, ListRecord } from '../model/types';
import { isGuid } from '../odata/resource-path';
import type { Db } from '../store/database';
import type { FieldStore } from '../store/field-store';
import type { ItemStore } from '../store/item-store';
import type { ListStore } from '../store/list-store';
import { findDuplicateValues } from './unique-values';

/** The columns of a list: lookup by id/name/title, the three ways PnPjs creates them, update, delete. */
export class FieldService {
  constructor(
    private readonly db: Db,
    private readonly store: FieldStore,
    private readonly lists: ListStore,
    private readonly items: ItemStore,
  ) {}

  of(list: ListRecord): readonly FieldRecord[] {
    return this.store.forList(list.id);
  }

  byId(list: ListRecord, id: string): FieldRecord {
    const field = this.of(list).find((f) => f.id === id.toLowerCase());
    if (!field) throw spErrors.fieldNotFound(id, list.serverRelativeUrl);
    return field;
  }

  byTitle(list: ListRecord, title: string): FieldRecord {
    const field = this.of(list).find((f) => f.title === title);
    if (!field) throw spErrors.fieldNotFound(title, list.serverRelativeUrl);
    return field;
  }

  /** getByInternalNameOrTitle: the internal name wins; both compare case-insensitively. */
  byInternalNameOrTitle(list: ListRecord, name: string): FieldRecord {
    const fields = this.of(list);
    const lower = name.toLowerCase();
    const field =
      fields.find((f) => f.internalName.toLowerCase() === lower) ??
      fields.find((f) => f.title.toLowerCase() === lower);
    if (!field) throw spErrors.fieldNotFound(name, list.serverRelativeUrl);
    return field;
  }

  /** POST …/fields with an SP.Field entity (what fields.addText/addNumber/… send). */
  addFromEntity(list: ListRecord, body: JsonObject, verbose: boolean): FieldRecord {
    return this.insert(list, (context) => fieldFromEntity(body, verbose, context));
  }

  /** POST …/fields/addfield with SP.FieldCreationInformation (what fields.addLookup sends). */
  addFromCreationInformation(list: ListRecord, body: JsonObject, verbose: boolean): FieldRecord {
    return this.insert(list, (context) => fieldFromCreationInformation(body['parameters'], verbose, context));
  }

  /** POST …/fields/createfieldasxml with SP.XmlSchemaFieldCreationInformation. */
  addFromXml(list: ListRecord, body: JsonObject): FieldRecord {
    const parameters = body['parameters'];
    if (!isPlainObject(parameters)) throw spErrors.missingParameter('parameters');
    const schemaXml = readString(parameters['SchemaXml']);
    const options = parameters['Options'] === undefined ? 0 : readInteger(parameters['Options']);
    const xml = parseFieldXml(schemaXml);
    return this.insert(list, (context) => fieldFromXml(xml, options, context));
  }

  update(list: ListRecord, field: FieldRecord, body: JsonObject, verbose: boolean): FieldRecord {
    return this.db.transaction(() => {
      const updated = updateField(field, body, verbose, this.context(list));
      if (
        updated.enforceUniqueValues &&
        !field.enforceUniqueValues &&
        findDuplicateValues(this.items, list.id, updated)
      ) {
        throw spErrors.uniqueWithDuplicates();
      }
      this.store.update(list.id, updated);
      return updated;
    })();
  }

  delete(list: ListRecord, field: FieldRecord): void {
    if (field.fromBaseType) throw spErrors.builtInFieldDelete();
    this.db.transaction(() => {
      this.store.delete(list.id, field.id);
      // The column's values go with it, so a column re-created later under the same name starts empty.
      for (const item of this.items.scan(list.id, false, undefined)) {
        if (!(field.internalName in item.values)) continue;
        const values = { ...item.values };
        delete values[field.internalName];
        this.items.update({ ...item, values });
      }
    })();
  }

  private insert(list: ListRecord, build: (context: FieldContext) => FieldRecord): FieldRecord {
    return this.db.transaction(() => {
      const field = build(this.context(list));
      if (this.of(list).some((f) => f.id === field.id)) throw spErrors.duplicateFieldName(field.internalName);
      this.store.insert(list.id, field);
      return field;
    })();
  }

  private context(list: ListRecord): FieldContext {
    const names = new Set(this.of(list).map((f) => f.internalName.toLowerCase()));
    return {
      internalNameTaken: (name) => names.has(name.toLowerCase()),
      resolveList: (reference) => {
        const id = reference.replace(/[{}]/g, '').trim().toLowerCase();
        return isGuid(id) && this.lists.byId(id) ? id : undefined;
      },
      newId: () => randomUUID(),
    };
  }
}
