import type { DirectoryLayout } from '../../../../domain/directoryUrl';
import type { Standing } from '../../../../domain/membershipRules';
import type { Community, MemberCounts } from '../../../../domain/models';
import type { Session } from '../../../../domain/rhythm';

export interface ICommunityCardProps {
  community: Community;
  /** A card with the full picture, or one compact row. */
  layout: DirectoryLayout;
  /** The title's heading level: 3, or 4 under a practice area's heading. */
  headingLevel?: 3 | 4;
  /** Where the signed-in person stands in this community, if anywhere. */
  standing?: Standing;
  /** Its member counts; hidden while they load (or when they could not be read). */
  counts?: MemberCounts;
  /** Its next session, if one is planned. */
  /** The next session, with the rhythm in words when the community has a series (issue 17). */
  nextSession?: Session & { rhythm?: string };
  /** True once its sessions were read: then a card without a next session says none is planned. */
  sessionsKnown?: boolean;
  /** The hub's community page address with `{id}` for the community (the web part's setting). */
  communityPageUrl?: string;
  /** True while this community's join or pledge is in flight. */
  busy: boolean;
  /** Move focus to the membership outcome (it just changed from this card). */
  focusOutcome: boolean;
  /** Opens the join dialog for this community. */
  onJoin: (community: Community) => void;
  /** Pledges as a founding member. */
  onPledge: (community: Community) => void;
  /** Withdraws my pending request or pledge here. */
  onWithdraw?: (community: Community) => void;
}
