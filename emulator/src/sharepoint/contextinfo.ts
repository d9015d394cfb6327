/**
 * Form digests: `POST /_api/contextinfo` returns FormDigestValue and FormDigestTimeoutSeconds (1800);
 * every other non-GET request must carry it in X-RequestDigest, else 403
 * (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/complete-basic-operations-using-sharepoint-rest-endpoints#writing-data-by-using-the-rest-interface).
 * A digest is an HMAC of the user and its issue time, so it is only valid for the user it was issued to.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { EmuResponse } from '../types.ts';
import { sendJson } from './odata.ts';
import type { Rq } from './rq.ts';

export const DIGEST_TIMEOUT_SECONDS = 1800;
const SECRET = randomBytes(32);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function stamp(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} -0000`;
}

function mac(login: string, when: string): string {
  return createHmac('sha256', SECRET).update(`${login.toLowerCase()}|${when}`).digest('hex').toUpperCase();
}

export function issueDigest(login: string, now: Date = new Date()): string {
  const when = stamp(now);
  return `0x${mac(login, when)},${when}`;
}

export function digestValid(value: string | undefined, login: string, now: Date = new Date()): boolean {
  if (!value) return false;
  const comma = value.indexOf(',');
  if (comma < 0 || !value.startsWith('0x')) return false;
  const when = value.slice(comma + 1);
  if (value.slice(2, comma) !== mac(login, when)) return false;
  const issued = Date.parse(when.replace(' -0000', ' UTC'));
  return Number.isFinite(issued) && now.getTime() - issued <= DIGEST_TIMEOUT_SECONDS * 1000;
}

export function contextInfo(rq: Rq): EmuResponse {
  const info = {
    FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: issueDigest(rq.me.login_name),
    LibraryVersion: '16.0.25919.12007',
    SiteFullUrl: rq.site,
    WebFullUrl: rq.site,
  };
  const versions = ['14.0.0.0', '15.0.0.0'];
  if (rq.fmt === 'verbose') {
    return sendJson(rq, 200, {
      d: {
        GetContextWebInformation: {
          __metadata: { type: 'SP.ContextWebInformation' },
          ...info,
          SupportedSchemaVersions: { __metadata: { type: 'Collection(Edm.String)' }, results: versions },
        },
      },
    });
  }
  const meta = rq.fmt === 'minimal' ? { 'odata.metadata': `${rq.site}/_api/$metadata#SP.ContextWebInformation` } : {};
  return sendJson(rq, 200, { ...meta, ...info, SupportedSchemaVersions: versions });
}
