import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'CopDirectoryWebPartStrings';
import { fill } from '../../../../ui/format';
import { CommunityCard } from '../CommunityCard';
import { getCommunityResultsClassNames } from './CommunityResults.styles';
import type { ICommunityResultsProps } from './ICommunityResultsProps';

/**
 * The matching communities, a page at a time: the page holds at most a few dozen cards however many
 * communities match, and "Show more" moves focus to the first new one so keyboard users keep their place.
 */
export const CommunityResults: React.FC<ICommunityResultsProps> = (props) => {
  const { communities, pageSize, layout, filtered, standings, counts, busyId, changedId } = props;
  const classes = getCommunityResultsClassNames(useTheme());
  const [shown, setShown] = React.useState(pageSize);
  // A new query starts again from the first page. Reset during render rather than by remounting,
  // so cards that still match keep their DOM while someone types (typing latency at 2,000 communities).
  const [pagedFor, setPagedFor] = React.useState(props.resetKey);
  if (pagedFor !== props.resetKey) {
    setPagedFor(props.resetKey);
    setShown(pageSize);
  }
  const list = React.useRef<HTMLUListElement>(null);
  const focusFrom = React.useRef<number>();

  React.useEffect(() => setShown(pageSize), [pageSize]);
  React.useEffect(() => {
    if (focusFrom.current === undefined) return;
    list.current?.querySelectorAll<HTMLElement>('h3')[focusFrom.current]?.focus();
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
        {filtered && <DefaultButton onClick={props.onClearFilters}>{strings.ClearFilters}</DefaultButton>}
        <Link onClick={props.onSuggest}>{strings.SuggestPrompt}</Link>
      </div>
    );
  }

  const remaining = total - visible.length;
  return (
    <>
      <div className={classes.summaryRow}>
        <Text className={classes.summary} role="status" aria-live="polite">
          {remaining > 0 ? fill(strings.ShowingOf, visible.length, total) : fill(total === 1 ? strings.OneCommunity : strings.CommunitiesCount, total)}
        </Text>
        {props.summaryEnd}
      </div>
      <ul ref={list} className={layout === 'cards' ? classes.cards : classes.list} aria-label={strings.ResultsLabel}>
        {visible.map((c) => (
          <li key={c.id} className={classes.item}>
            <CommunityCard
              community={c}
              layout={layout}
              standing={standings.get(c.id)}
              counts={counts?.[c.id]}
              nextSession={props.sessions?.[c.id]}
              sessionsKnown={props.sessions !== undefined && c.id in props.sessions}
              communityPageUrl={props.communityPageUrl}
              busy={busyId === c.id}
              focusOutcome={changedId === c.id}
              onJoin={props.onJoin}
              onPledge={props.onPledge}
            />
          </li>
        ))}
      </ul>
      {remaining > 0 && (
        <div className={classes.more}>
          <DefaultButton
            onClick={() => {
              focusFrom.current = visible.length;
              setShown(visible.length + pageSize);
            }}
          >
            {fill(strings.ShowMore, Math.min(pageSize, remaining))}
          </DefaultButton>
        </div>
      )}
    </>
  );
};
