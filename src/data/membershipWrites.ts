/** How a membership item is written: its folder (one per community) and its form values. */
import type { FounderChoice, MembershipLevel, MembershipStatus } from '../domain/models';
import { communityFolderName, MEMBERSHIPS } from '../schema/lists';

export interface IFormValue {
  FieldName: string;
  FieldValue: string;
}

/** Server-relative path of a community's folder in the Memberships list. */
export function membershipFolder(siteUrl: string, communityId: number): string {
  return `${new URL(siteUrl).pathname.replace(/\/$/, '')}/Lists/${MEMBERSHIPS.url}/${communityFolderName(communityId)}`;
}

export function membershipFormValues(
  memberName: string, community: { id: number; title: string }, level: MembershipLevel, status: MembershipStatus, joinedOn: Date,
): IFormValue[] {
  return [
    { FieldName: 'Title', FieldValue: `${memberName} — ${community.title}`.slice(0, 255) },
/** A pledge's one-core choice at launch (optional column: older sites read every pledge as `widerHere`). */
export const FOUNDER_CHOICE_FIELD = 'FounderChoice';

    { FieldName: 'Community', FieldValue: String(community.id) },
    { FieldName: 'Level', FieldValue: level },
  founderChoice?: FounderChoice,
    { FieldName: 'MemberStatus', FieldValue: status },
  // The default choice is written as nothing, so pledging works on a site without the column.
  const choice = founderChoice === 'moveCore' ? [{ FieldName: FOUNDER_CHOICE_FIELD, FieldValue: founderChoice }] : [];
    { FieldName: 'JoinedOn', FieldValue: joinedOn.toISOString() },
  ];
}
    ...choice,
