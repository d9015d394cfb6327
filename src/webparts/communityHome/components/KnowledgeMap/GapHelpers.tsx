import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CommunityHomeWebPartStrings';
import { rankHelpers, type HelperCandidate } from '../../../../domain/questionRouting';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { fill } from '../../../../ui/format';
import { useAsync } from '../../../../ui/hooks/useAsync';

/** How many colleagues elsewhere a gap lists. */
export const GAP_HELPERS = 5;

export interface IGapHelpersProps {
  topic: string;
  /** The community whose gap it is: its own members are left out (nobody here offers it). */
  communityId: number;
  findHelpers: (topics: readonly string[]) => Promise<HelperCandidate[]>;
}

/**
 * People in other communities who offer a topic this community lacks (issue 16), each with the
 * communities they are active in: who this community could turn to. Read when asked for.
 */
export const GapHelpers: React.FC<IGapHelpersProps> = ({ topic, communityId, findHelpers }) => {
  const { state, reload } = useAsync(() => findHelpers([topic]), [topic, findHelpers]);
  if (state.status === 'loading') return <LoadingView rows={1} />;
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={reload} />;
  const elsewhere = rankHelpers([topic], state.data, { communityId, limit: GAP_HELPERS * 4 })
    .filter((h) => !h.inCommunity)
    .slice(0, GAP_HELPERS);
  if (elsewhere.length === 0) return <Text block>{fill(strings.GapNobodyElsewhere, topic)}</Text>;
  return (
    <ul aria-label={fill(strings.GapHelpersLabel, topic)} style={{ margin: '4px 0', paddingLeft: 20 }}>
      {elsewhere.map((h) => (
        <li key={h.person.id}>
          <Text>
            {h.communities.length
              ? fill(strings.GapHelperIn, h.person.displayName, h.communities.map((c) => c.title).join(', '))
              : fill(strings.GapHelperNoCommunity, h.person.displayName)}
          </Text>
        </li>
      ))}
    </ul>
  );
};
