/**
 * What the session lists (Registrations, Session Records, Session Feedback, issue 17) share: one
 * folder per community plus the hub's, an add into that folder made once with a client request id,
 * and reads by the indexed Community (or Event) lookup with the moment's other reads.
 */
import type { IList } from '@pnp/sp/lists';
import type { SPFI } from '@pnp/sp';
import { CLIENT_REQUEST_ID, HUB_FOLDER } from '../schema/lists';
import { addOnce } from './addOnce';
import { formResult } from './contentService';
import { communityFolderPath, type IFormValue } from './membershipWrites';
import type { SpItem } from './mappers';
import { readAll } from './paging';
import { readsOf } from './readBatcher';

/** Ids per query: an OR of equalities on an indexed lookup keeps the URL short. */
const ID_CHUNK = 60;

/** Server-relative path of the folder a session's items go in: its community's, or the hub's (communityId 0). */
export function sessionFolder(siteUrl: string, listSegment: string, communityId: number): string {
  return communityId > 0
    ? communityFolderPath(siteUrl, listSegment, communityId)
    : `${new URL(siteUrl).pathname.replace(/\/$/, '')}/Lists/${listSegment}/${HUB_FOLDER}`;
}

/** Adds form values into `folder` once as the signed-in person (a resend finds the first by its key) and reads it back. */
export async function addInFolderOnce(
  list: IList,
  form: IFormValue[],
  folder: string,
  options: { authorId: number; select: string[]; expand: string[] },
): Promise<SpItem> {
  return addOnce(
    list,
    {},
    {
      ...options,
      add: async (extra) => {
        const key = extra[CLIENT_REQUEST_ID.name];
        const values = [...form, ...(typeof key === 'string' ? [{ FieldName: CLIENT_REQUEST_ID.name, FieldValue: key }] : [])];
        return formResult(await list.addValidateUpdateItemUsingPath(values, folder));
      },
    },
  );
}

/** Every item whose indexed lookup `field` is one of `ids`, in chunks, every page, with the moment's other reads. */
export async function readByLookup(
  sp: SPFI,
  list: IList,
  field: 'EventId' | 'CommunityId',
  ids: readonly number[],
  select: string[],
  expand: string,
): Promise<SpItem[]> {
  const unique = [...new Set(ids.map((id) => Math.trunc(id)).filter((id) => id > 0))];
  const chunks: number[][] = [];
  for (let i = 0; i < unique.length; i += ID_CHUNK) chunks.push(unique.slice(i, i + ID_CHUNK));
  const pages = await Promise.all(
    chunks.map((chunk) =>
      readAll(
        list.items
          .select(...select)
          .expand(expand)
          .filter(chunk.map((id) => `${field} eq ${id}`).join(' or ')),
        readsOf(sp),
      ),
    ),
  );
  return pages.flat();
}
