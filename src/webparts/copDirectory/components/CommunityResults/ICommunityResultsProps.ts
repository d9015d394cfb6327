import type * as React from 'react';
import type { DirectoryLayout } from '../../../../domain/directoryUrl';
import type { Standing } from '../../../../domain/membershipRules';
import type { Community, MemberCounts } from '../../../../domain/models';
import type { Session } from '../../../../domain/rhythm';

export interface ICommunityResultsProps {
  /** Every community matching the query, in order; the component pages through them. */
  communities: readonly Community[];
  /** Changes when the query changes: the list goes back to its first page (cards that still match stay mounted). */
  resetKey?: string;
  /** How many to show at first, and how many more each "Show more" adds. */
  pageSize: number;
  layout: DirectoryLayout;
  /** Under a heading per practice area (alphabetical), paging through them in that order. */
  grouped?: boolean;
  /** True when search text or a filter narrows the list (changes what "nothing found" says). */
  filtered: boolean;
  /** Where the signed-in person stands, per community id. */
  standings: ReadonlyMap<number, Standing>;
  /** Member counts per community id, once loaded. */
  counts?: Record<number, MemberCounts>;
  /** Next session per community id, once read (a read community without one has none planned). */
  sessions?: Record<number, (Session & { rhythm?: string }) | undefined>;
  /** The hub's community page address with `{id}`, for each title's link. */
  communityPageUrl?: string;
  /** The community whose join or pledge is in flight. */
  busyId?: number;
  /** The community that just changed; its outcome takes focus. */
  changedId?: number;
  onJoin: (community: Community) => void;
  onPledge: (community: Community) => void;
  onWithdraw?: (community: Community) => void;
  onClearFilters: () => void;
  /** Opens the suggestion form (offered when nothing matches). */
  onSuggest: () => void;
  /** Told which communities are on screen whenever that changes (so only their counts are read). */
  onShown?: (shown: readonly Community[]) => void;
  /** Shown at the end of the summary line (the directory's "Suggest" action). */
  summaryEnd?: React.ReactNode;
}
