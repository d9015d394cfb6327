import type * as React from 'react';
import type { Community } from '../../../domain/models';

export interface IWithdrawMembershipProps {
  /** The community the request or pledge is for (named in the buttons, since a page may hold many). */
  community: Pick<Community, 'title'>;
  /** A founding pledge (asked once before it goes) rather than a pending request (goes at once). */
  pledged: boolean;
  /** Disables the buttons while an action on this community is in flight. */
  busy?: boolean;
  /** Withdraws it; called after the confirmation for a pledge. */
  onWithdraw: () => void;
  /** Shown before the button (where I stand); the question takes its place while it is asked. */
  children?: React.ReactNode;
  /** Class of the wrapper around `children` and the button. */
  className?: string;
}
