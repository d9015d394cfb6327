/**
 * Length and naming limits SharePoint Online documents for what the emulator creates, each beside
 * its source. Where Microsoft documents the limit but not the exact error text it answers with, the
 * message below states the documented rule, with the exception type the CSOM contract names.
 */
import { CODE, SpError } from './errors.ts';

/**
 * List titles (https://learn.microsoft.com/previous-versions/office/sharepoint-server/ee545356(v=office.15):
 * "Its length must be equal to or less than 255"), view titles (SP.ViewCreationInformation.title,
 * https://learn.microsoft.com/previous-versions/office/sharepoint-visio/jj246711(v=office.15)) and
 * single line of text fields such as an item's Title (FieldText.MaxLength ≤ 255,
 * https://learn.microsoft.com/previous-versions/office/sharepoint-server/ee541910(v=office.15)).
 */
export const MAX_TITLE = 255;

/**
 * A list field's internal name keeps at most 32 characters of the encoded display name or name hint;
 * SharePoint truncates rather than refuses (https://github.com/pnp/PnP/issues/1556,
 * https://github.com/MicrosoftDocs/microsoft-365-community/pull/971).
 */
export const MAX_INTERNAL_NAME = 32;

/** A Hyperlink field's URL and description: 255 characters (SP.FieldUrlValue.Url, https://learn.microsoft.com/previous-versions/office/sharepoint-csom/ee545423(v=office.15)). */
export const MAX_URL = 255;

/**
 * Multiple lines of text in a list: 63,999 characters, plain or rich
 * (https://lookbook365.com/features/multiple-lines-of-text-column-sharepoint/; Microsoft's column
 * type pages give no figure).
 */
export const MAX_NOTE = 63999;

/** ArgumentOutOfRangeException, as CSOM parameter validation raises for a value past its documented length. */
export const OUT_OF_RANGE = '-2146233086, System.ArgumentOutOfRangeException';

export function tooLong(what: string, max: number): SpError {
  return new SpError(400, OUT_OF_RANGE, `The length of ${what} must be equal to or less than ${max} characters.`);
}

export function checkLength(value: string, what: string, max: number): void {
  if (value.length > max) throw tooLong(what, max);
}

/**
 * File and folder names on SharePoint Online (https://support.microsoft.com/office/restrictions-and-limitations-in-onedrive-and-sharepoint-64883a5d-228e-48f5-b3d2-eb39e07630fa):
 * none of " * : < > ? / \ | (the set @pnp/sp checks for Online in utils/file-names.js, with control
 * characters; # and % are allowed there), no leading or trailing spaces, and not a reserved name.
 */
// eslint-disable-next-line no-control-regex
const INVALID_CHARS = /["*:<>?/\\|\x00-\x1f\x7f-\x9f]/;
const RESERVED = /^(\.lock|CON|PRN|AUX|NUL|COM\d|LPT\d|desktop\.ini|_vti_)$/i;

export function checkItemName(name: string): void {
  const bad =
    !name || INVALID_CHARS.test(name) || name !== name.trim() || RESERVED.test(name) || name.startsWith('~$') || name.includes('_vti_');
  if (bad)
    throw new SpError(
      400,
      CODE.argument,
      `The file or folder name '${name}' contains characters that are not permitted. Please use a different name.`,
    );
}
