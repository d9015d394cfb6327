/** How a membership item is written: its folder (one per community) and its form values. */
import type { MembershipLevel, MembershipStatus } from '../domain/models';
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
    { FieldName: 'Community', FieldValue: String(community.id) },
    { FieldName: 'Level', FieldValue: level },
    { FieldName: 'MemberStatus', FieldValue: status },
    { FieldName: 'JoinedOn', FieldValue: joinedOn.toISOString() },
  ];
}
