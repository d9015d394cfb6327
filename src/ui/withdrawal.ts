import * as strings from 'CopHubSharedStrings';
import type { Community, Membership } from '../domain/models';
import type { IMembershipService } from '../domain/services';
import { describeError } from './errors';
import { fill } from './format';

/** The membership calls a withdrawal and its undo make. */
export type WithdrawalCalls = Pick<IMembershipService, 'leave' | 'join' | 'pledge'>;

/** Withdrawing my pending request or founding pledge, and putting it back, with the words for each. */
export interface Withdrawal {
  /** A founding pledge (asked once before it goes), rather than a request to join. */
  pledged: boolean;
  /** Withdraws it (the item is kept, as 'left', so the history stays). */
  withdraw: () => Promise<Membership>;
  /** Undo: asks again at the same level, or pledges again; nobody re-approves anything. */
  again: () => Promise<Membership>;
  withdrawnText: string;
  /** The undo button's accessible name (it names what comes back). */
  undoLabel: string;
  againText: string;
  failedText: (e: unknown) => string;
  undoFailedText: (e: unknown) => string;
}

/** The same service calls and words wherever a withdrawal is offered: the card, the community home, My communities. */
export function withdrawalOf(memberships: WithdrawalCalls, community: Community, membership: Membership): Withdrawal {
  const pledged = membership.status === 'interested';
  const title = community.title;
  return {
    pledged,
    withdraw: () => memberships.leave(membership),
    again: () => (pledged ? memberships.pledge(community, membership.founderChoice) : memberships.join(community, membership.level)),
    withdrawnText: fill(pledged ? strings.PledgeWithdrawn : strings.RequestWithdrawn, title),
    undoLabel: fill(pledged ? strings.UndoPledgeLabel : strings.UndoLabel, title),
    againText: fill(pledged ? strings.PledgedAgain : strings.AskedAgain, title),
    failedText: (e) => fill(strings.WithdrawFailed, title, describeError(e)),
    undoFailedText: (e) => fill(strings.UndoFailed, title, describeError(e)),
  };
}
