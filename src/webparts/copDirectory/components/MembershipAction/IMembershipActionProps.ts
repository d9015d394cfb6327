import type { Standing } from '../../../../domain/membershipRules';
import type { Community } from '../../../../domain/models';

export interface IMembershipActionProps {
  /** The community the action is for; its title names the buttons. */
  community: Community;
  /** Where the signed-in person stands in it, if anywhere. */
  standing?: Standing;
  /** True while this community's join or pledge is in flight: the button is disabled. */
  busy: boolean;
  /** Move focus to the outcome once shown (after a join or pledge from this card). */
  focusOutcome: boolean;
  /** Opens the join dialog for this community. */
  onJoin: () => void;
  /** Pledges as a founding member of this (forming) community. */
  onPledge: () => void;
  /** Withdraws my pending request or founding pledge (a pledge asks once for confirmation first). */
  onWithdraw?: () => void;
}
