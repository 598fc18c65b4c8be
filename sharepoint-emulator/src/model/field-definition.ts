import { spErrors } from '../errors';
import { isGuid } from '../odata/resource-path';
import {
  BASE_FIELD_PROPS,
  KNOWN_FIELD_ODATA_TYPES,
  READ_ONLY_FIELD_PROPS,
  creatableTypeForKind,
  creatableTypeForName,
  fieldKind,
  isLookupType,
  isUserType,
  odataTypeAllows,
  type PropSpec,
} from './field-kinds';
import type { FieldXml } from './field-schema-xml';
import {
  isPlainObject,
  readBoolean,
  readCollection,
  readInteger,
  readNumber,
  readString,
  type JsonObject,
} from './json-input';
import { internalNameFromTitle } from './names';
import type { FieldRecord, FieldType, JsonValue } from './types';

/** What building a field needs to know about its surroundings. */
export interface FieldContext {
  readonly internalNameTaken: (name: string) => boolean;
  /** Resolves a lookup target ('{guid}', a GUID) to a list id, or undefined. */
  readonly resolveList: (reference: string) => string | undefined;
  readonly newId: () => string;
}

/** SP.AddFieldOptions.AddFieldInternalNameHint: use the schema's Name as the internal name. */
const ADD_FIELD_INTERNAL_NAME_HINT = 8;

const TYPE_BY_ODATA: Readonly<Record<string, FieldType>> = {
  'SP.FieldText': 'Text',
  'SP.FieldMultiLineText': 'Note',
  'SP.FieldNumber': 'Number',
  'SP.FieldCurrency': 'Currency',
  'SP.FieldDateTime': 'DateTime',
  'SP.FieldChoice': 'Choice',
  'SP.FieldMultiChoice': 'MultiChoice',
  'SP.FieldUser': 'User',
  'SP.FieldLookup': 'Lookup',
  'SP.FieldUrl': 'URL',
};

interface Draft {
  type: FieldType;
  title: string;
  internalName?: string;
  id?: string;
  required: boolean;
  indexed: boolean;
  enforceUniqueValues: boolean;
  hidden: boolean;
  readOnly: boolean;
  choices?: string[];
  lookupListId?: string;
  lookupField?: string;
  props: Record<string, JsonValue>;
}

function emptyDraft(type: FieldType, title: string): Draft {
  return {
    type,
    title,
    required: false,
    indexed: false,
    enforceUniqueValues: false,
    hidden: false,
    readOnly: false,
    props: {},
  };
}

/**
 * A field created by POST …/fields: an SP.Field entity (verbose bodies name the subtype in
 * __metadata, e.g. SP.FieldText, which decides the properties allowed). As in SharePoint the
 * internal name comes from the Title; StaticName/InternalName in the body do not change it.
 */
export function fieldFromEntity(body: JsonObject, verbose: boolean, context: FieldContext): FieldRecord {
  const odataType = entityTypeOf(body, verbose) ?? 'SP.Field';
  const kindValue = body['FieldTypeKind'];
  let type: FieldType | undefined;
  if (kindValue !== undefined) {
    type = creatableTypeForKind(readInteger(kindValue));
    if (!type)
      throw spErrors.invalidArgument(
        `The field type ${String(kindValue)} is not supported by the local SharePoint emulator.`,
      );
  } else {
    type = TYPE_BY_ODATA[odataType];
    if (!type) throw spErrors.invalidArgument('The FieldTypeKind of the new field is missing.');
  }
  if (!odataTypeAllows(odataType, type))
    throw spErrors.invalidArgument(`The field type ${type} does not match the entity type ${odataType}.`);
  const draft = emptyDraft(type, '');
  const allowed =
    odataType === 'SP.Field' ? BASE_FIELD_PROPS : { ...BASE_FIELD_PROPS, ...fieldKind(type).props };
  for (const [name, value] of Object.entries(body)) {
    if (name === '__metadata' || name === 'FieldTypeKind') continue;
    if (READ_ONLY_FIELD_PROPS.has(name)) continue;
    const spec = allowed[name];
    if (!spec) throw spErrors.propertyNotFound(name, odataType);
    applyProperty(draft, name, spec, value, verbose, context);
  }
  return finish(draft, context);
}

/** A field created by POST …/fields/addfield with SP.FieldCreationInformation `parameters`. */
export function fieldFromCreationInformation(
  parameters: unknown,
  verbose: boolean,
  context: FieldContext,
): FieldRecord {
  if (!isPlainObject(parameters)) throw spErrors.missingParameter('parameters');
  const type = creatableTypeForKind(readInteger(parameters['FieldTypeKind'] ?? 0));
  if (!type)
    throw spErrors.invalidArgument(
      `The field type ${String(parameters['FieldTypeKind'])} is not supported by the local SharePoint emulator.`,
    );
  const draft = emptyDraft(type, '');
  for (const [name, value] of Object.entries(parameters)) {
    switch (name) {
      case '__metadata':
      case 'FieldTypeKind':
      case 'IsCompoundField':
      case 'LookupWebId':
        break;
      case 'Title':
        draft.title = readString(value);
        break;
      case 'Required':
        draft.required = readBoolean(value);
        break;
      case 'Choices':
        draft.choices = readCollection(value, verbose).map((c) => readString(c));
        break;
      case 'LookupListId':
        draft.lookupListId = resolveLookupList(readString(value, 'Edm.Guid'), context);
        break;
      case 'LookupFieldName':
        draft.lookupField = readString(value);
        break;
      default:
        throw spErrors.propertyNotFound(name, 'SP.FieldCreationInformation');
    }
  }
  return finish(draft, context);
}

/**
 * A field created by createfieldasxml. SharePoint takes the internal name from DisplayName unless
 * the options include AddFieldInternalNameHint (8), in which case Name (or StaticName) is used.
 */
export function fieldFromXml(xml: FieldXml, options: number, context: FieldContext): FieldRecord {
  const a = xml.attributes;
  const typeName = a['Type'];
  const type = typeName ? creatableTypeForName(typeName) : undefined;
  if (!type)
    throw spErrors.invalidArgument(
      `The field type '${typeName ?? ''}' is not supported by the local SharePoint emulator.`,
    );
  const title = a['DisplayName'] ?? a['Name'] ?? a['StaticName'];
  if (!title) throw spErrors.invalidArgument('The schema XML of the field has no DisplayName or Name.');
  const draft = emptyDraft(type, title);
  const xmlName = a['Name'] ?? a['StaticName'];
  if ((options & ADD_FIELD_INTERNAL_NAME_HINT) !== 0 && xmlName) draft.internalName = xmlName;
  if (a['ID']) {
    const id = a['ID'].replace(/[{}]/g, '').toLowerCase();
    if (!isGuid(id)) throw spErrors.invalidArgument(`The field ID '${a['ID']}' is not a GUID.`);
    draft.id = id;
  }
  const flag = (name: string) => (a[name] ?? '').toUpperCase() === 'TRUE';
  draft.required = flag('Required');
  draft.indexed = flag('Indexed');
  draft.enforceUniqueValues = flag('EnforceUniqueValues');
  draft.hidden = flag('Hidden');
  draft.readOnly = flag('ReadOnly');
  if (flag('Mult')) draft.type = multiOf(draft.type);
  if (a['Description'] !== undefined) draft.props['Description'] = a['Description'];
  if (a['Group'] !== undefined) draft.props['Group'] = a['Group'];
  if (xml.defaultValue !== undefined) draft.props['DefaultValue'] = xml.defaultValue;
  const numberAttr = (attr: string, prop: string) => {
    const v = a[attr];
    if (v === undefined) return;
    const num = Number(v);
    if (v.trim() === '' || !Number.isFinite(num))
      throw spErrors.invalidArgument(`The attribute ${attr}="${v}" is not a number.`);
    draft.props[prop] = num;
  };
  numberAttr('MaxLength', 'MaxLength');
  numberAttr('NumLines', 'NumberOfLines');
  numberAttr('Min', 'MinimumValue');
  numberAttr('Max', 'MaximumValue');
  numberAttr('Decimals', 'DisplayFormat');
  numberAttr('LCID', 'CurrencyLocaleId');
  if (a['RichText'] !== undefined) draft.props['RichText'] = flag('RichText');
  if (a['AppendOnly'] !== undefined) draft.props['AppendOnly'] = flag('AppendOnly');
  if (a['Percentage'] !== undefined) draft.props['ShowAsPercentage'] = flag('Percentage');
  if (a['FillInChoice'] !== undefined) draft.props['FillInChoice'] = flag('FillInChoice');
  const format = a['Format'];
  if (format !== undefined) {
    if (type === 'DateTime') draft.props['DisplayFormat'] = format === 'DateTime' ? 1 : 0;
    else if (type === 'URL') draft.props['DisplayFormat'] = format === 'Image' ? 1 : 0;
    else if (type === 'Choice' || type === 'MultiChoice')
      draft.props['EditFormat'] = format === 'RadioButtons' ? 1 : 0;
  }
  const selection = a['UserSelectionMode'];
  if (selection !== undefined)
    draft.props['SelectionMode'] = selection === 'PeopleOnly' || selection === '0' ? 0 : 1;
  if (xml.choices) draft.choices = [...xml.choices];
  if (isLookupType(draft.type)) {
    const list = a['List'];
    if (!list) throw spErrors.invalidArgument('A lookup field needs the List attribute.');
    draft.lookupListId = resolveLookupList(list, context);
    draft.lookupField = a['ShowField'] ?? 'Title';
  }
  return finish(draft, context);
}

/** Applies a MERGE to a field. Read-only properties are ignored, unknown ones refused. */
export function updateField(
  field: FieldRecord,
  body: JsonObject,
  verbose: boolean,
  context: FieldContext,
): FieldRecord {
  const kind = fieldKind(field.type);
  const odataType = entityTypeOf(body, verbose);
  if (odataType !== undefined && !KNOWN_FIELD_ODATA_TYPES.has(odataType))
    throw spErrors.typeNotResolved(odataType);
  const draft: Draft = {
    type: field.type,
    title: field.title,
    internalName: field.internalName,
    id: field.id,
    required: field.required,
    indexed: field.indexed,
    enforceUniqueValues: field.enforceUniqueValues,
    hidden: field.hidden,
    readOnly: field.readOnly,
    ...(field.choices ? { choices: [...field.choices] } : {}),
    ...(field.lookupListId ? { lookupListId: field.lookupListId } : {}),
    ...(field.lookupField ? { lookupField: field.lookupField } : {}),
    props: { ...field.props },
  };
  const allowed: Record<string, PropSpec> = { ...BASE_FIELD_PROPS, ...kind.props };
  delete allowed['FieldTypeKind'];
  for (const [name, value] of Object.entries(body)) {
    if (name === '__metadata') continue;
    if (READ_ONLY_FIELD_PROPS.has(name) || name === 'FieldTypeKind') continue;
    const spec = allowed[name];
    if (!spec) throw spErrors.propertyNotFound(name, odataType ?? kind.odataType);
    if (name === 'LookupList' && field.lookupListId !== undefined) {
      const target = resolveLookupList(readString(value), context);
      if (target !== field.lookupListId)
        throw spErrors.invalidArgument('The lookup list of an existing lookup field cannot be changed.');
      continue;
    }
    applyProperty(draft, name, spec, value, verbose, context);
  }
  if (draft.title.trim() === '') throw spErrors.invalidArgument('The field Title cannot be empty.');
  return toRecord(draft, field.internalName, field.id, field.fromBaseType);
}

function applyProperty(
  draft: Draft,
  name: string,
  spec: PropSpec,
  value: unknown,
  verbose: boolean,
  context: FieldContext,
): void {
  switch (name) {
    case 'Title':
      draft.title = readString(value);
      return;
    case 'Required':
      draft.required = readBoolean(value);
      return;
    case 'Indexed':
      draft.indexed = readBoolean(value);
      return;
    case 'EnforceUniqueValues':
      draft.enforceUniqueValues = readBoolean(value);
      return;
    case 'Hidden':
      draft.hidden = readBoolean(value);
      return;
    case 'ReadOnlyField':
      draft.readOnly = readBoolean(value);
      return;
    case 'Choices':
      draft.choices = readCollection(value, verbose).map((c) => readString(c));
      return;
    case 'AllowMultipleValues': {
      const multi = readBoolean(value);
      draft.type = multi ? multiOf(draft.type) : singleOf(draft.type);
      return;
    }
    case 'LookupList':
      draft.lookupListId = resolveLookupList(readString(value), context);
      return;
    case 'LookupField':
      draft.lookupField = readString(value);
      return;
    default:
      draft.props[name] = readSpecValue(spec, value);
  }
}

function readSpecValue(spec: PropSpec, value: unknown): JsonValue {
  switch (spec.kind) {
    case 'string':
      return readString(value);
    case 'nullableString':
      return value === null ? null : readString(value);
    case 'number':
      return readNumber(value);
    case 'boolean':
      return readBoolean(value);
    case 'guid': {
      const text = readString(value, 'Edm.Guid');
      if (!isGuid(text)) throw spErrors.cannotConvert(text, 'Edm.Guid');
      return text.toLowerCase();
    }
    case 'stringArray':
      if (!Array.isArray(value)) throw spErrors.cannotConvertPrimitive('Collection(Edm.String)');
      return value.map((v) => readString(v));
  }
}

function finish(draft: Draft, context: FieldContext): FieldRecord {
  if (draft.title.trim() === '') throw spErrors.invalidArgument('The field Title cannot be empty.');
  if (isLookupType(draft.type) && !draft.lookupListId)
    throw spErrors.invalidArgument('A lookup field needs its lookup list (LookupListId).');
  if (isLookupType(draft.type)) draft.lookupField ??= 'Title';
  if (isUserType(draft.type)) draft.lookupField ??= 'ImnName';
  const internalName = uniqueInternalName(
    draft.internalName ?? internalNameFromTitle(draft.title),
    context,
    draft.internalName !== undefined,
  );
  return toRecord(draft, internalName, draft.id ?? context.newId(), false);
}

function toRecord(draft: Draft, internalName: string, id: string, fromBaseType: boolean): FieldRecord {
  if (draft.enforceUniqueValues && !draft.indexed) throw spErrors.uniqueRequiresIndex();
  return {
    id,
    internalName,
    title: draft.title,
    type: draft.type,
    required: draft.required,
    indexed: draft.indexed,
    enforceUniqueValues: draft.enforceUniqueValues,
    hidden: draft.hidden,
    readOnly: draft.readOnly,
    fromBaseType,
    ...(draft.choices ? { choices: draft.choices } : {}),
    ...(draft.lookupListId ? { lookupListId: draft.lookupListId } : {}),
    ...(draft.lookupField ? { lookupField: draft.lookupField } : {}),
    props: draft.props,
  };
}

/** SharePoint appends 0, 1, 2… to an internal name that is already taken (an explicit name must be free). */
function uniqueInternalName(base: string, context: FieldContext, explicit: boolean): string {
  if (!context.internalNameTaken(base)) return base;
  if (explicit) throw spErrors.duplicateFieldName(base);
  for (let i = 0; ; i++) {
    const suffix = String(i);
    const candidate = base.slice(0, 32 - suffix.length) + suffix;
    if (!context.internalNameTaken(candidate)) return candidate;
  }
}

function resolveLookupList(reference: string, context: FieldContext): string {
  const id = context.resolveList(reference);
  if (!id) throw spErrors.listNotFound();
  return id;
}

function entityTypeOf(body: JsonObject, verbose: boolean): string | undefined {
  const metadata = body['__metadata'];
  if (metadata === undefined) return undefined;
  if (!verbose) throw spErrors.propertyNotFound('__metadata', 'SP.Field');
  if (!isPlainObject(metadata) || typeof metadata['type'] !== 'string')
    throw spErrors.invalidQuery('The __metadata of the entity has no type.');
  const type = metadata['type'];
  if (!KNOWN_FIELD_ODATA_TYPES.has(type)) throw spErrors.typeNotResolved(type);
  return type;
}

function multiOf(type: FieldType): FieldType {
  if (type === 'User') return 'UserMulti';
  if (type === 'Lookup') return 'LookupMulti';
  if (type === 'UserMulti' || type === 'LookupMulti' || type === 'MultiChoice') return type;
  throw spErrors.invalidArgument(`A ${type} field cannot hold multiple values.`);
}

function singleOf(type: FieldType): FieldType {
  if (type === 'UserMulti') return 'User';
  if (type === 'LookupMulti') return 'Lookup';
  return type;
}
