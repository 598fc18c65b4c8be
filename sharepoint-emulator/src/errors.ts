/**
 * SharePoint's error responses. Every failure the emulator reports is an SpError carrying the HTTP
 * status, the "code" string (HRESULT + .NET exception type) and the message SharePoint Online sends,
 * so client code that inspects errors behaves the same locally and online.
 */
export class SpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SpError';
  }
}

const ARGUMENT = '-2147024809, System.ArgumentException';
const LIST_ARGUMENT = '-1, System.ArgumentException';
const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const SP_EXCEPTION = '-2146232832, Microsoft.SharePoint.SPException';

export const spErrors = {
  invalidDigest: () =>
    new SpError(
      403,
      '-2130575251, Microsoft.SharePoint.SPException',
      "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.",
    ),
  accessDenied: () =>
    new SpError(
      401,
      '-2147024891, System.UnauthorizedAccessException',
      'Access denied. You do not have permission to perform this action or access this resource.',
    ),
  /** A list whose role assignments leave the caller out: 403, as SharePoint Online answers REST calls. */
  listAccessDenied: () =>
    new SpError(
      403,
      '-2147024891, System.UnauthorizedAccessException',
      'Access denied. You do not have permission to perform this action or access this resource.',
    ),
  resourceNotFound: (segment: string) =>
    new SpError(404, INVALID_QUERY, `Resource not found for the segment '${segment}'.`),
  methodNotAllowed: (method: string, what: string) =>
    new SpError(405, INVALID_QUERY, `The HTTP method '${method}' cannot be used on ${what}.`),
  listNotFoundByTitle: (title: string, webUrl: string) =>
    new SpError(404, LIST_ARGUMENT, `List '${title}' does not exist at site with URL '${webUrl}'.`),
  listNotFound: () =>
    new SpError(
      404,
      '-2130575322, Microsoft.SharePoint.SPException',
      'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.',
    ),
  fileNotFound: () => new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.'),
  fileExists: (webRelativeUrl: string, loginName: string, when: string) =>
    new SpError(
      500,
      '-2130575257, Microsoft.SharePoint.SPException',
      `A file with the name ${webRelativeUrl} already exists. It was last modified by ${loginName} on ${when}.`,
    ),
  fileCheckedOut: (absoluteUrl: string, loginName: string) =>
    new SpError(
      500,
      '-2130575306, Microsoft.SharePoint.SPException',
      `The file "${absoluteUrl}" is checked out for editing by ${loginName}.`,
    ),
  fileNotCheckedOut: (absoluteUrl: string) =>
    new SpError(500, SP_EXCEPTION, `The file "${absoluteUrl}" is not checked out.`),
  invalidFileName: () =>
    new SpError(
      500,
      '-2130575245, Microsoft.SharePoint.SPException',
      'The file or folder name contains characters that are not permitted.  Please use a different name.',
    ),
  minorVersionsDisabled: () =>
    new SpError(
      500,
      SP_EXCEPTION,
      'A minor version cannot be checked in because this library does not keep minor versions.',
    ),
  notADraft: (absoluteUrl: string) =>
    new SpError(500, SP_EXCEPTION, `The file "${absoluteUrl}" is not a draft and cannot be published.`),
  moderationDisabled: () => new SpError(500, SP_EXCEPTION, 'This library does not require content approval.'),
  notPendingApproval: (absoluteUrl: string) =>
    new SpError(500, SP_EXCEPTION, `The file "${absoluteUrl}" is not pending approval.`),
  versionNotFound: () => new SpError(404, ARGUMENT, 'Version not found.'),
  unsupportedByEmulator: (what: string) =>
    new SpError(400, ARGUMENT, `${what} is not supported by the local SharePoint emulator.`),
  listTitleExists: () =>
    new SpError(
      500,
      '-2130575342, Microsoft.SharePoint.SPException',
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
    ),
  unsupportedListTemplate: (template: number) =>
    new SpError(
      400,
      ARGUMENT,
      `The list template ${template} is not supported by the local SharePoint emulator (100 and 101 are).`,
    ),
  itemNotFound: () =>
    new SpError(
      404,
      '-2130575338, Microsoft.SharePoint.SPException',
      'Item does not exist. It may have been deleted by another user.',
    ),
  documentLibraryItemAdd: () =>
    new SpError(400, ARGUMENT, 'To add an item to a document library, use SPFileCollection.Add()'),
  columnNotFound: (name: string, status = 400) =>
    new SpError(
      status,
      status === 404 ? ARGUMENT : SP_EXCEPTION,
      `Column '${name}' does not exist. It may have been deleted by another user.`,
    ),
  fieldNotFound: (name: string, listUrl: string) =>
    new SpError(
      404,
      ARGUMENT,
      `Column '${name}' does not exist. It may have been deleted by another user.  ${listUrl}`,
    ),
  duplicateFieldName: (name: string) =>
    new SpError(
      500,
      '-2130575245, Microsoft.SharePoint.SPException',
      `A duplicate field name "${name}" was found.`,
    ),
  builtInFieldDelete: () =>
    new SpError(
      500,
      '-2130575229, Microsoft.SharePoint.SPException',
      'You cannot delete a field that is part of the base list schema.',
    ),
  propertyNotFound: (name: string, type: string) =>
    new SpError(
      400,
      INVALID_QUERY,
      `The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`,
    ),
  typeNotResolved: (type: string) =>
    new SpError(
      400,
      INVALID_QUERY,
      `A type named '${type}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`,
    ),
  cannotConvert: (literal: string, edmType: string) =>
    new SpError(
      400,
      INVALID_QUERY,
      `Cannot convert the literal '${literal}' to the expected type '${edmType}'.`,
    ),
  cannotConvertPrimitive: (edmType: string) =>
    new SpError(
      400,
      INVALID_QUERY,
      `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`,
    ),
  unexpectedNode: (found: string, expected: string) =>
    new SpError(
      400,
      INVALID_QUERY,
      `An unexpected '${found}' node was found when reading from the JSON reader. A '${expected}' node was expected.`,
    ),
  invalidJson: () =>
    new SpError(400, INVALID_QUERY, 'Invalid JSON. A token was not recognized in the JSON content.'),
  emptyBody: () =>
    new SpError(
      400,
      INVALID_QUERY,
      "A node of type 'EndOfInput' was read from the JSON reader when trying to read the start of an entry. A 'StartObject' node was expected.",
    ),
  missingParameter: (name: string) =>
    new SpError(400, INVALID_QUERY, `The parameter ${name} does not exist in method.`),
  readOnlyProperty: (name: string) =>
    new SpError(400, ARGUMENT, `The property '${name}' is read-only and cannot be set.`),
  invalidArgument: (message: string) => new SpError(400, ARGUMENT, message),
  syntaxError: (position: number, expression: string) =>
    new SpError(400, INVALID_QUERY, `Syntax error at position ${position} in '${expression}'.`),
  unsupportedExpression: (expression: string) =>
    new SpError(400, INVALID_QUERY, `The expression "${expression}" is not supported.`),
  invalidQuery: (message: string) => new SpError(400, INVALID_QUERY, message),
  expandRequired: (path: string, navigation: string) =>
    new SpError(
      400,
      INVALID_QUERY,
      `The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${navigation}.`,
    ),
  fieldNotFilterable: (name: string, typeName: string) =>
    new SpError(
      400,
      '-1, Microsoft.SharePoint.SPException',
      `The field '${name}' of type '${typeName}' cannot be used in the query filter expression.`,
    ),
  listViewThreshold: () =>
    new SpError(
      500,
      '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.',
    ),
  etagMismatch: (requested: string, current: string) =>
    new SpError(
      412,
      '-1, Microsoft.SharePoint.Client.ClientServiceException',
      `The request ETag value '${requested}' does not match the object's ETag value '${current}'.`,
    ),
  duplicateValues: (fields: string[]) =>
    new SpError(
      500,
      '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${fields.join(', ')}].`,
    ),
  uniqueRequiresIndex: () =>
    new SpError(
      500,
      '-2130575191, Microsoft.SharePoint.SPException',
      'This field must be indexed to enforce unique values.',
    ),
  uniqueWithDuplicates: () =>
    new SpError(
      500,
      '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      'This field contains duplicate values. Remove all duplicate values and try the operation again.',
    ),
  userNotFoundForLogon: (logonName: string) =>
    new SpError(500, SP_EXCEPTION, `The specified user ${logonName} could not be found.`),
  userNotFound: () => new SpError(404, SP_EXCEPTION, 'User cannot be found.'),
  userNotValid: () => new SpError(400, SP_EXCEPTION, 'The user does not exist or is not unique.'),
  bodyTooLarge: (limit: number) =>
    new SpError(
      413,
      '-2147024882, System.InsufficientMemoryException',
      `The request body is larger than the ${limit} bytes this server accepts.`,
    ),
  /** SharePoint Online's limit on one request (file uploads included): 262,144,000 bytes. */
  requestTooBig: (limit: number) =>
    new SpError(
      400,
      INVALID_QUERY,
      `The request message is too big. The server does not allow messages larger than ${limit} bytes.`,
    ),
  /** Not confirmed against SharePoint Online: its code and wording for a file over the size limit. */
  fileTooLarge: (limit: number) =>
    new SpError(
      500,
      SP_EXCEPTION,
      `The file is larger than the largest file this site accepts (${limit} bytes).`,
    ),
  /** Not confirmed against SharePoint Online: its wording when a fragment's offset is not the session's size. */
  uploadOffsetMismatch: (offset: number, expected: number) =>
    new SpError(
      400,
      ARGUMENT,
      `The file offset ${offset} does not match the size of the upload session, ${expected} bytes.`,
    ),
  /** Not confirmed against SharePoint Online: its wording for an upload id it does not know. */
  uploadSessionNotFound: () => new SpError(404, ARGUMENT, 'The upload session was not found.'),
  invalidBatch: (message: string) => new SpError(400, INVALID_QUERY, message),
  internal: (message: string) => new SpError(500, '-2146233088, System.Exception', message),
};

/** Turns anything thrown while handling a request into an SpError (unexpected errors become 500s). */
export function toSpError(error: unknown): SpError {
  if (error instanceof SpError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return spErrors.internal(message);
}
