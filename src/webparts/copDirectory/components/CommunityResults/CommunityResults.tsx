import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'CopDirectoryWebPartStrings';
import { groupByPracticeArea, type PracticeAreaGroup } from '../../../../domain/directoryFilter';
import type { Community } from '../../../../domain/models';
import { fill } from '../../../../ui/format';
import { plural } from '../../../../ui/plural';
import { CommunityCard } from '../CommunityCard';
import { getCommunityResultsClassNames } from './CommunityResults.styles';
import type { ICommunityResultsProps } from './ICommunityResultsProps';
import { LightButton } from '../../../../ui/components/LightButton';

/** The groups with a community on the first `shown` (in the grouped order), each with its size. */
function groupsOf(groups: readonly PracticeAreaGroup[], shown: number): Array<PracticeAreaGroup & { index: number; total: number }> {
  const out: Array<PracticeAreaGroup & { index: number; total: number }> = [];
  let left = shown;
  for (const [index, g] of groups.entries()) {
    if (left <= 0) break;
    out.push({ ...g, index, total: g.communities.length, communities: g.communities.slice(0, left) });
    left -= g.communities.length;
  }
  return out;
}

/**
 * The matching communities, a page at a time: the page holds at most a few dozen cards however many
 * communities match, and "Show more" moves focus to the first new one so keyboard users keep their place.
 */
export const CommunityResults: React.FC<ICommunityResultsProps> = (props) => {
  const { pageSize, layout, grouped, filtered, standings, counts, busyId, changedId } = props;
  // Grouped, the pages run through the areas in order, so "Show more" continues the last group.
  const groups = React.useMemo(() => (grouped ? groupByPracticeArea(props.communities) : undefined), [grouped, props.communities]);
  const communities = React.useMemo(() => (groups ? groups.flatMap((g) => g.communities) : props.communities), [groups, props.communities]);
  const classes = getCommunityResultsClassNames(useTheme());
  const [shown, setShown] = React.useState(pageSize);
  // A new query starts again from the first page. Reset during render rather than by remounting,
  // so cards that still match keep their DOM while someone types (typing latency at 2,000 communities).
  const [pagedFor, setPagedFor] = React.useState(props.resetKey);
  if (pagedFor !== props.resetKey) {
    setPagedFor(props.resetKey);
    setShown(pageSize);
  }
  const list = React.useRef<HTMLDivElement>(null);
  const focusFrom = React.useRef<number>();

  React.useEffect(() => setShown(pageSize), [pageSize]);
  React.useEffect(() => {
    if (focusFrom.current === undefined) return;
    list.current?.querySelectorAll<HTMLElement>('[data-cop-card-title]')[focusFrom.current]?.focus();
    focusFrom.current = undefined;
  }, [shown]);

  const total = communities.length;
  const visible = communities.slice(0, shown);
  const visibleKey = visible.map((c) => c.id).join(',');
  const { onShown } = props;
  React.useEffect(() => {
    if (visible.length) onShown?.(visible);
    // The ids say when what is on screen changed; `visible` is a fresh array every render.
  }, [visibleKey, onShown]);

  if (total === 0) {
    return (
      <div className={classes.empty} role="status">
        <h3 className={classes.emptyTitle}>{filtered ? strings.NoMatchTitle : strings.EmptyTitle}</h3>
        <Text>{filtered ? strings.NoMatchBody : strings.EmptyBody}</Text>
        {filtered && <LightButton onClick={props.onClearFilters}>{strings.ClearFilters}</LightButton>}
        <Link onClick={props.onSuggest}>{strings.SuggestPrompt}</Link>
      </div>
    );
  }

  const remaining = total - visible.length;
  const renderItem = (c: Community, headingLevel: 3 | 4): React.ReactNode => (
    <li key={c.id} className={classes.item}>
      <CommunityCard
        community={c}
        layout={layout}
        headingLevel={headingLevel}
        standing={standings.get(c.id)}
        counts={counts?.[c.id]}
        nextSession={props.sessions?.[c.id]}
        sessionsKnown={props.sessions !== undefined && c.id in props.sessions}
        communityPageUrl={props.communityPageUrl}
        busy={busyId === c.id}
        focusOutcome={changedId === c.id}
        onJoin={props.onJoin}
        onPledge={props.onPledge}
        onWithdraw={props.onWithdraw}
      />
    </li>
  );
  return (
    <>
      <div className={classes.summaryRow}>
        <Text className={classes.summary} role="status" aria-live="polite">
          {remaining > 0 ? fill(strings.ShowingOf, visible.length, total) : plural(strings.CommunitiesCount, total)}
        </Text>
        {props.summaryEnd}
      </div>
      <div ref={list}>
        {groups ? (
          groupsOf(groups, visible.length).map((g) => {
            const area = g.area || strings.NoPracticeArea;
            const headingId = `cop-area-${g.index}`;
            return (
              <section key={g.index} className={classes.group} aria-labelledby={headingId}>
                <h3 className={classes.groupTitle} id={headingId}>
                  <span dir="auto">{area}</span>
                  <span className={classes.groupCount}>{plural(strings.CommunitiesCount, g.total)}</span>
                </h3>
                <ul className={layout === 'cards' ? classes.cards : classes.list} aria-label={fill(strings.GroupResultsLabel, area)}>
                  {g.communities.map((c) => renderItem(c, 4))}
                </ul>
              </section>
            );
          })
        ) : (
          <ul className={layout === 'cards' ? classes.cards : classes.list} aria-label={strings.ResultsLabel}>
            {visible.map((c) => renderItem(c, 3))}
          </ul>
        )}
      </div>
      {remaining > 0 && (
        <div className={classes.more}>
          <LightButton
            onClick={() => {
              focusFrom.current = visible.length;
              setShown(visible.length + pageSize);
            }}
          >
            {fill(strings.ShowMore, Math.min(pageSize, remaining))}
          </LightButton>
        </div>
      )}
    </>
  );
};
