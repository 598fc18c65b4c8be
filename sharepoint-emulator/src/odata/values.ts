/**
 * The shapes a response can hold, independent of the JSON flavour it is written in. Collections and
 * complex values need to know their OData type because the verbose flavour writes it out.
 */
export type ODataValue = null | string | number | boolean | ODataCollection | ODataComplex | ODataEntity;

export type ODataProps = Record<string, ODataValue>;

export class ODataCollection {
  constructor(
    /** e.g. 'Edm.String', 'Edm.Int32', or an entity type for expanded multi-value lookups. */
    readonly elementType: string,
    readonly values: readonly ODataValue[],
  ) {}
}

export class ODataComplex {
  constructor(
    readonly type: string,
    readonly props: ODataProps,
  ) {}
}

export interface EntityMeta {
  /** OData type, e.g. 'SP.List' or 'SP.Data.KvalitaMeasuresListItem'. */
  readonly type: string;
  /** odata.id / __metadata.id: an absolute URL for most entities, a GUID for list items. */
  readonly id: string;
  /** Absolute URL of the entity (__metadata.uri). */
  readonly uri: string;
  /** Edit link relative to `_api/`, e.g. "Web/Lists(guid'…')/Items(1)". */
  readonly editLink: string;
  /** Entity tag including its quotes, e.g. '"1"'. */
  readonly etag?: string;
}

export class ODataEntity {
  constructor(
    readonly meta: EntityMeta,
    readonly props: ODataProps,
    /** Navigation properties that were expanded, name -> edit link (minimal metadata writes them). */
    readonly navigation: Readonly<Record<string, string>> = {},
  ) {}
}
