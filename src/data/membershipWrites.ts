/** How a membership item is written: its folder (one per community) and its form values. */
import type { FounderChoice, MembershipLevel, MembershipStatus } from '../domain/models';
import { communityFolderName, MEMBERSHIPS } from '../schema/lists';

export interface IFormValue {
  FieldName: string;
  FieldValue: string;
}

/** Server-relative path of a community's folder in a folder-per-community list (its `url`). */
export function communityFolderPath(siteUrl: string, listUrl: string, communityId: number): string {
  return `${new URL(siteUrl).pathname.replace(/\/$/, '')}/Lists/${listUrl}/${communityFolderName(communityId)}`;
}

/** Server-relative path of a community's folder in the Memberships list. */
export function membershipFolder(siteUrl: string, communityId: number): string {
  return communityFolderPath(siteUrl, MEMBERSHIPS.url, communityId);
}

/** A pledge's one-core choice at launch (optional column: older sites read every pledge as `widerHere`). */
export const FOUNDER_CHOICE_FIELD = 'FounderChoice';

export function membershipFormValues(
  memberName: string,
  community: { id: number; title: string },
  level: MembershipLevel,
  status: MembershipStatus,
  joinedOn: Date,
  founderChoice?: FounderChoice,
): IFormValue[] {
  // The default choice is written as nothing, so pledging works on a site without the column.
  const choice = founderChoice === 'moveCore' ? [{ FieldName: FOUNDER_CHOICE_FIELD, FieldValue: founderChoice }] : [];
  return [
    { FieldName: 'Title', FieldValue: `${memberName} — ${community.title}`.slice(0, 255) },
    { FieldName: 'Community', FieldValue: String(community.id) },
    { FieldName: 'Level', FieldValue: level },
    { FieldName: 'MemberStatus', FieldValue: status },
    { FieldName: 'JoinedOn', FieldValue: joinedOn.toISOString() },
    ...choice,
  ];
}
