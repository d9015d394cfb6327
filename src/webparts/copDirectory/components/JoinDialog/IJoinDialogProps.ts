import type { Community, FounderChoice, MembershipLevel } from '../../../../domain/models';
import type { JoinStep } from '../../hooks/useMembershipActions';

export interface IJoinDialogProps {
  /** What the dialog asks; closed when undefined. */
  step?: JoinStep;
  /** My current core community, if any, so the dialog can mention it before I choose. */
  currentCore?: Community;
  /** True when that core membership is still a request awaiting approval ("you've asked", not "you are"). */
  currentCorePending?: boolean;
  /** True while the join is in flight: every button is disabled, so nothing is sent twice. */
  busy: boolean;
  /** What went wrong, in words, shown inside the dialog. */
  error?: string;
  /** Joins at the chosen level; `moveCore` makes this my core community and the old one wider. */
  onJoin: (level: MembershipLevel, moveCore?: boolean) => void;
  /** Pledges with the one-core choice for launch (the pledgeChoice stage). */
  onPledge?: (founderChoice: FounderChoice) => void;
  /** Closes without joining. */
  onDismiss: () => void;
}
