import type { DirectoryLayout } from '../../../../domain/directoryUrl';
import type { Standing } from '../../../../domain/membershipRules';
import type { Community, MemberCounts } from '../../../../domain/models';

export interface ICommunityCardProps {
  community: Community;
  /** A card with the full picture, or one compact row. */
  layout: DirectoryLayout;
  /** Where the signed-in person stands in this community, if anywhere. */
  standing?: Standing;
  /** Its member counts; hidden while they load (or when they could not be read). */
  counts?: MemberCounts;
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
}
