import * as React from 'react';
import * as strings from 'CopDirectoryWebPartStrings';
import {
  directoryFacets,
  filterCommunities,
  indexCommunities,
  pruneQuery,
  visibleStatuses,
  warmIndex,
  type DirectoryQuery,
} from '../../../domain/directoryFilter';
import { isCurrent, myStandings } from '../../../domain/membershipRules';
import type { Community, Membership } from '../../../domain/models';
import { practiceAreaOptions, type ProgrammeSettings } from '../../../domain/programme';
import { fill } from '../../../ui/format';

export interface DirectoryResultsInput {
  communities: Community[];
  mine: Membership[];
  programme: ProgrammeSettings;
  /** The query as the address or the person set it (values this directory can't show are dropped). */
  asked: DirectoryQuery;
  showForming: boolean;
  showClosed: boolean;
}

type IdleDeadline = { timeRemaining: () => number };
type IdleWindow = { requestIdleCallback?: (cb: (d: IdleDeadline) => void) => number; cancelIdleCallback?: (id: number) => void };

/**
 * Folds the communities' searchable text a slice at a time while the page is idle after the first
 * render (about 150 ms of work at 2,000 communities), so the cards don't wait for it and the first
 * search finds it done. Where the browser has no idle callback, slices of 5 ms follow each other.
 */
function useWarmIndex(index: ReturnType<typeof indexCommunities>): void {
  React.useEffect(() => {
    const w = window as unknown as IdleWindow;
    let done = 0;
    let idle: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (): void => {
      const step = (d?: IdleDeadline): void => {
        const until = performance.now() + 5;
        done = warmIndex(index, done, () => (d ? d.timeRemaining() > 1 : performance.now() < until));
        if (done < index.length) schedule();
      };
      if (w.requestIdleCallback) idle = w.requestIdleCallback(step);
      else timer = setTimeout(step, 16);
    };
    schedule();
    return () => {
      if (idle !== undefined) w.cancelIdleCallback?.(idle);
      clearTimeout(timer);
    };
  }, [index]);
}

/**
 * What the directory shows for a query: the facets to filter by (the POD team's practice areas first),
 * my standing in each community, the communities that match, and the stored values the domain didn't
 * recognise, in words. Each is recomputed only when what it depends on changes.
 */
export function useDirectoryResults({ communities, mine, programme, asked, showForming, showClosed }: DirectoryResultsInput): {
  facets: ReturnType<typeof directoryFacets>;
  standings: ReturnType<typeof myStandings>;
  query: DirectoryQuery;
  results: Community[];
  unrecognised: string[];
} {
  const visible = React.useMemo(() => visibleStatuses({ showForming, showClosed }), [showForming, showClosed]);
  const index = React.useMemo(() => indexCommunities(communities), [communities]);
  useWarmIndex(index);
  const facets = React.useMemo(() => {
    const held = directoryFacets(communities, visible);
    // The POD team's known areas first (one place), then any other area a shown community holds.
    return { ...held, practiceAreas: practiceAreaOptions(programme.practiceAreas, held.practiceAreas) };
  }, [communities, visible, programme]);
  const standings = React.useMemo(() => myStandings(mine, communities), [mine, communities]);
  // Values a shared link names that this directory can't show are ignored, not obeyed.
  const query = React.useMemo(() => pruneQuery(asked, facets), [asked, facets]);
  const results = React.useMemo(() => {
    const myIds = new Set<number>();
    standings.forEach((s, id) => isCurrent(s.effective) && myIds.add(id));
    return filterCommunities(index, query, { visible, myCommunityIds: myIds });
  }, [index, query, visible, standings]);
  // Communities whose stored values the domain didn't recognise: said once, in words, naming them.
  const unrecognised = communities.flatMap((c) =>
    (c.unrecognised ?? []).map((u) =>
      fill(u.field === 'status' ? strings.UnrecognisedStatus : strings.UnrecognisedJoinPolicy, c.title, u.value),
    ),
  );
  return { facets, standings, query, results, unrecognised };
}
