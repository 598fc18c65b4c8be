import { BASE_FIELD_PROPS, fieldKind } from '../model/field-kinds';
import { renderFieldXml } from '../model/field-schema-xml';
import { entityPropertyName } from '../model/names';
import type { FieldRecord, ListRecord } from '../model/types';
import { ODataCollection, ODataEntity, type ODataProps, type ODataValue } from '../odata/values';
import type { RequestContext } from './context';
import { listEditLink } from './serialize-list';

export function fieldEntity(ctx: RequestContext, list: ListRecord, field: FieldRecord): ODataEntity {
  const kind = fieldKind(field.type);
  const editLink = `${listEditLink(list)}/Fields(guid'${field.id}')`;
  const props: ODataProps = {};
  for (const [name, spec] of Object.entries(BASE_FIELD_PROPS)) {
    if (name === 'FieldTypeKind') continue;
    props[name] = (field.props[name] ?? spec.default) as ODataValue;
  }
  Object.assign(props, {
    AutoIndexed: false,
    CanBeDeleted: !field.fromBaseType,
    EnforceUniqueValues: field.enforceUniqueValues,
    EntityPropertyName: entityPropertyName(field.internalName),
    Filterable: true,
    FromBaseType: field.fromBaseType,
    Hidden: field.hidden,
    Id: field.id,
    Indexed: field.indexed,
    IndexStatus: 0,
    InternalName: field.internalName,
    IsModern: false,
    ReadOnlyField: field.readOnly,
    Required: field.required,
    SchemaXml: renderFieldXml(field, list.id),
    Scope: list.serverRelativeUrl,
    Sealed: field.fromBaseType,
    Sortable:
      field.type !== 'Note' &&
      field.type !== 'MultiChoice' &&
      field.type !== 'UserMulti' &&
      field.type !== 'LookupMulti',
    StaticName: field.internalName,
    Title: field.title,
    FieldTypeKind: kind.fieldTypeKind,
    TypeAsString: field.type,
    TypeDisplayName: kind.typeDisplayName,
    TypeShortDescription: kind.typeShortDescription,
  });
  for (const [name, spec] of Object.entries(kind.props)) {
    if (name === 'Choices') {
      props[name] = new ODataCollection('Edm.String', field.choices ?? []);
    } else if (name === 'AllowMultipleValues') {
      props[name] = field.type === 'UserMulti' || field.type === 'LookupMulti';
    } else if (name === 'LookupList') {
      props[name] = field.lookupListId
        ? `{${field.lookupListId}}`
        : field.type === 'User' || field.type === 'UserMulti'
          ? 'UserInfo'
          : '';
    } else if (name === 'LookupField') {
      props[name] = field.lookupField ?? '';
    } else {
      props[name] = (field.props[name] ?? spec.default) as ODataValue;
    }
  }
  return new ODataEntity(
    { type: kind.odataType, id: `${ctx.apiUrl}/${editLink}`, uri: `${ctx.apiUrl}/${editLink}`, editLink },
    props,
  );
}
