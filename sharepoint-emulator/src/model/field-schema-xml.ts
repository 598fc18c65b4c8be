import { spErrors } from '../errors';
import type { FieldRecord } from './types';

/** A parsed <Field …> element: its attributes, <CHOICES> and <Default>. */
export interface FieldXml {
  readonly attributes: Readonly<Record<string, string>>;
  readonly choices: readonly string[] | undefined;
  readonly defaultValue: string | undefined;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? match;
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Reads the one <Field> element of a createfieldasxml SchemaXml. Only what field definitions use is
 * understood (attributes, CHOICES/CHOICE, Default); anything that is not well formed is a 400.
 */
export function parseFieldXml(xml: string): FieldXml {
  const text = xml.trim();
  const open = /^<Field\b((?:\s+[A-Za-z_:][\w:.-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(text);
  if (!open)
    throw spErrors.invalidArgument(
      'The schema XML of the field is not valid: a <Field> element was expected.',
    );
  const attributes: Record<string, string> = {};
  const attrRe = /([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (const m of (open[1] ?? '').matchAll(attrRe)) {
    attributes[m[1] as string] = decodeEntities(m[2] ?? m[3] ?? '');
  }
  const selfClosing = open[2] === '/';
  const rest = text.slice(open[0].length);
  if (selfClosing) {
    if (rest.trim() !== '')
      throw spErrors.invalidArgument(
        'The schema XML of the field is not valid: unexpected content after </Field>.',
      );
    return { attributes, choices: undefined, defaultValue: undefined };
  }
  const close = rest.lastIndexOf('</Field>');
  if (close < 0 || rest.slice(close + '</Field>'.length).trim() !== '') {
    throw spErrors.invalidArgument('The schema XML of the field is not valid: </Field> is missing.');
  }
  const inner = rest.slice(0, close);
  let choices: string[] | undefined;
  const choicesBlock = /<CHOICES>([\s\S]*?)<\/CHOICES>/.exec(inner);
  if (choicesBlock) {
    choices = [...(choicesBlock[1] ?? '').matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/g)].map((m) =>
      decodeEntities(m[1] ?? ''),
    );
  }
  const defaultBlock = /<Default>([\s\S]*?)<\/Default>/.exec(inner);
  const stripped = inner
    .replace(/<CHOICES>[\s\S]*?<\/CHOICES>/, '')
    .replace(/<Default>[\s\S]*?<\/Default>/, '')
    .replace(/<(\w+)\b[^>]*\/>/g, '')
    .replace(/<(\w+)\b[^>]*>[\s\S]*?<\/\1>/g, '');
  if (stripped.includes('<') || stripped.includes('>')) {
    throw spErrors.invalidArgument('The schema XML of the field is not valid.');
  }
  return {
    attributes,
    choices,
    defaultValue: defaultBlock ? decodeEntities(defaultBlock[1] ?? '') : undefined,
  };
}

const bool = (v: boolean) => (v ? 'TRUE' : 'FALSE');

/** The SchemaXml SharePoint reports for a field, rebuilt from what is stored. */
export function renderFieldXml(field: FieldRecord, listId: string): string {
  const attrs: [string, string][] = [
    ['Type', field.type],
    ['DisplayName', field.title],
    ['Required', bool(field.required)],
    ['EnforceUniqueValues', bool(field.enforceUniqueValues)],
    ['Indexed', bool(field.indexed)],
  ];
  if (field.hidden) attrs.push(['Hidden', 'TRUE']);
  if (field.readOnly) attrs.push(['ReadOnly', 'TRUE']);
  if (field.type === 'UserMulti' || field.type === 'LookupMulti' || field.type === 'MultiChoice')
    attrs.push(['Mult', 'TRUE']);
  if (field.lookupListId) attrs.push(['List', `{${field.lookupListId}}`]);
  if (field.lookupField) attrs.push(['ShowField', field.lookupField]);
  const maxLength = field.props['MaxLength'];
  if (typeof maxLength === 'number') attrs.push(['MaxLength', String(maxLength)]);
  attrs.push(
    ['ID', `{${field.id}}`],
    ['SourceID', `{${listId}}`],
    ['StaticName', field.internalName],
    ['Name', field.internalName],
  );
  const open = `<Field ${attrs.map(([k, v]) => `${k}="${escapeXml(v)}"`).join(' ')}`;
  const children: string[] = [];
  const defaultValue = field.props['DefaultValue'];
  if (typeof defaultValue === 'string') children.push(`<Default>${escapeXml(defaultValue)}</Default>`);
  if (field.choices && (field.type === 'Choice' || field.type === 'MultiChoice')) {
    children.push(
      `<CHOICES>${field.choices.map((c) => `<CHOICE>${escapeXml(c)}</CHOICE>`).join('')}</CHOICES>`,
    );
  }
  return children.length === 0 ? `${open} />` : `${open}>${children.join('')}</Field>`;
}
