/** The $filter subset SharePoint list items understand, as a tree. */
export type Literal =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number; readonly text: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'datetime'; readonly value: string }
  | { readonly kind: 'guid'; readonly value: string };

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | {
      readonly kind: 'compare';
      readonly op: ComparisonOperator;
      readonly field: string;
      readonly literal: Literal;
    }
  | { readonly kind: 'startswith'; readonly field: string; readonly value: string }
  | { readonly kind: 'substringof'; readonly field: string; readonly value: string };
