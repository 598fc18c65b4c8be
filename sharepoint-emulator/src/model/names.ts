/**
 * How SharePoint turns display names into internal names and URLs. These rules decide the names
 * client code must use afterwards, so they are emulated rather than simplified.
 */

/** Characters SharePoint drops from a list URL it derives from a title (control characters too). */
const URL_FORBIDDEN = new Set('~"#%&*:<>?/\\{|}');

function isUrlForbidden(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return URL_FORBIDDEN.has(ch) || code < 0x20 || code === 0x7f;
}

/**
 * SharePoint's field internal name from a display name: every character other than an ASCII letter,
 * digit (not first) or underscore becomes _xHHHH_ (a space is _x0020_, 'ř' is _x0159_), and the
 * result is cut at 32 characters, even in the middle of an escape.
 */
export function internalNameFromTitle(title: string): string {
  let out = '';
  for (let i = 0; i < title.length; i++) {
    const ch = title[i] as string;
    const ascii = /[A-Za-z_]/.test(ch) || (i > 0 && /[0-9]/.test(ch));
    out += ascii ? ch : `_x${ch.charCodeAt(0).toString(16).padStart(4, '0')}_`;
  }
  return out.slice(0, 32);
}

/** The URL name SharePoint gives a new list: its title without characters a URL cannot hold. */
export function urlNameFromTitle(title: string): string {
  const cleaned = [...title]
    .filter((ch) => !isUrlForbidden(ch))
    .join('')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .trim();
  return cleaned.length > 0 ? cleaned : 'List';
}

/** The XML-safe name behind a list's entity types (ListItemEntityTypeFullName), from its URL name. */
export function entityNameFromUrlName(urlName: string): string {
  let out = '';
  for (let i = 0; i < urlName.length; i++) {
    const ch = urlName[i] as string;
    const ok = /[A-Za-z_]/.test(ch) || (i > 0 && /[0-9]/.test(ch));
    out += ok ? ch : `_x${ch.charCodeAt(0).toString(16).padStart(4, '0')}_`;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

export function listItemEntityType(entityName: string, baseTemplate: number): string {
  return baseTemplate === 101 ? `SP.Data.${entityName}Item` : `SP.Data.${entityName}ListItem`;
}

export function listEntityTypeName(entityName: string, baseTemplate: number): string {
  return baseTemplate === 101 ? entityName : `${entityName}List`;
}

/** Property name of a field in item JSON: user/lookup fields are FooId, names starting with _ get OData_. */
export function entityPropertyName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}
