import { groupMembers } from '../../../../domain/memberGroups';
import type { CurrentUser, MemberProfile } from '../../../../domain/models';
import type { ICommunityKnowledgeProps } from './ICommunityKnowledgeProps';

/** Membership pages read for the map (100 each): enough for the largest communities we know of. */
export const MAX_MEMBER_PAGES = 20;

export interface CommunityProfiles {
  profiles: MemberProfile[];
  /** How many people (leaders and active members) were looked at. */
  people: number;
  /** False when the community has more members than MAX_MEMBER_PAGES pages hold. */
  complete: boolean;
  me: CurrentUser;
  /** My practice area: my profile's, else my directory department. */
  myPracticeArea: string;
}

/** The profiles of a community's leaders and active members, and who I am. */
async function activeMemberIds({ community, memberships }: ICommunityKnowledgeProps): Promise<{ ids: number[]; complete: boolean }> {
  const items = [];
  let next: string | undefined;
  let pages = 0;
  do {
    const page = await memberships.ofCommunity(community.id, next);
    items.push(...page.items);
    next = page.next;
    pages++;
  } while (next !== undefined && pages < MAX_MEMBER_PAGES);
  const groups = groupMembers(community, items);
  return { ids: [...groups.leaders, ...groups.core, ...groups.wider].map((p) => p.id), complete: next === undefined };
}

/** The profiles of a community's leaders and active members, and who I am. */
export async function loadCommunityProfiles(props: ICommunityKnowledgeProps): Promise<CommunityProfiles> {
  const { content, people } = props;
  const [members, me, mine] = await Promise.all([activeMemberIds(props), people.me(), content.myProfile()]);
  const profiles = await content.profilesOf(members.ids);
  return {
    profiles,
    people: members.ids.length,
    complete: members.complete,
    me,
    myPracticeArea: mine?.practiceArea ?? me.department ?? '',
  };
}
