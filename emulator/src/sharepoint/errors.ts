/**
 * SharePoint-shaped errors. Every refusal the SharePoint half makes is an SpError carrying the
 * HTTP status, the `odata.error.code` ("<HRESULT>, <exception type>") and the message SharePoint
 * Online sends, so client code that branches on them behaves the same against the emulator.
 * Body shape: {"odata.error":{"code":"...","message":{"lang":"en-US","value":"..."}}}
 * (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest).
 */
export class SpError extends Error {
  status: number;
  code: string;
  headers: Record<string, string>;
  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

export const CODE = {
  accessDenied: '-2147024891, System.UnauthorizedAccessException',
  digest: '-2130575252, Microsoft.SharePoint.SPException',
  throttled: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
  spException: '-2146232832, Microsoft.SharePoint.SPException',
  argument: '-2147024809, System.ArgumentException',
  argumentMinus1: '-1, System.ArgumentException',
  invalidQuery: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
  clientService: '-1, Microsoft.SharePoint.Client.ClientServiceException',
  notSupported: '-1, System.NotSupportedException',
  notFound: '-2130575338, System.IO.FileNotFoundException',
  duplicate: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
} as const;

/** 403 for any operation the caller's permissions don't allow (https://learn.microsoft.com/sharepoint/understanding-permission-levels). */
export function accessDenied(): SpError {
  return new SpError(403, CODE.accessDenied, 'Access denied. You do not have permission to perform this action or access this resource.');
}

/** Missing or stale X-RequestDigest on a write (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/complete-basic-operations-using-sharepoint-rest-endpoints#writing-data-by-using-the-rest-interface). */
export function digestInvalid(): SpError {
  return new SpError(
    403,
    CODE.digest,
    "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.",
  );
}

/** List view threshold (https://learn.microsoft.com/previous-versions/office/sharepoint-server/ee570450(v=office.15)). */
export function throttled(): SpError {
  return new SpError(500, CODE.throttled, 'The attempted operation is prohibited because it exceeds the list view threshold.');
}

export function badRequest(message: string, code: string = CODE.invalidQuery): SpError {
  return new SpError(400, code, message);
}

/** Anything the emulator does not implement: named, never silently ignored. */
export function unsupported(what: string): SpError {
  return new SpError(400, CODE.notSupported, `The emulator does not support ${what}.`);
}

export function notFoundSegment(segment: string): SpError {
  return new SpError(404, CODE.invalidQuery, `Cannot find resource for the request ${segment}.`);
}

export function listNotFound(title: string, siteUrl: string): SpError {
  return new SpError(404, CODE.argumentMinus1, `List '${title}' does not exist at site with URL '${siteUrl}'.`);
}

export function itemNotFound(): SpError {
  return new SpError(404, CODE.argument, 'Item does not exist. It may have been deleted by another user.');
}

/** Unknown column in $select/$filter/$orderby. */
export function columnNotFound(name: string): SpError {
  return new SpError(400, CODE.argument, `Column '${name}' does not exist. It may have been deleted by another user.`);
}

/** Unknown property in a request body (JSON light is strict about property names). */
export function propertyNotFound(name: string, type: string): SpError {
  return new SpError(
    400,
    CODE.invalidQuery,
    `The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`,
  );
}

/** Unknown property in $select/$expand on a fixed-type entity (web, list, field, user...). */
export function fieldOrPropertyNotFound(name: string): SpError {
  return new SpError(400, CODE.invalidQuery, `The field or property '${name}' does not exist.`);
}

/** $select/$filter on Person/Lookup sub-fields needs $expand of the field. */
export function needsExpand(path: string, field: string): SpError {
  return new SpError(
    400,
    CODE.argument,
    `The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${field}.`,
  );
}

/**
 * A lookup projection ($expand=Lookup&$select=Lookup/Field) to a field type SharePoint can't project:
 * only simple types are, the same ones a lookup column offers as additional fields. SharePoint Online
 * answers "The query to field 'Page/FileRef' is not valid." (https://github.com/pnp/pnpjs/issues/2815,
 * https://github.com/pnp/pnpjs/issues/189, https://github.com/pnp/pnpjs/issues/1258).
 */
export function invalidProjection(path: string): SpError {
  return new SpError(400, '-1, Microsoft.SharePoint.SPException', `The query to field '${path}' is not valid.`);
}

/** 412, as SharePoint Online answers a stale IF-Match (https://github.com/pnp/sp-dev-fx-controls-react/issues/1509). */
export function etagMismatch(sent: string, current: string): SpError {
  return new SpError(412, CODE.clientService, `The request ETag value '${sent}' does not match the object's ETag value '${current}'.`);
}
