import * as React from 'react';
import { DefaultButton, IconButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'CopHubSharedStrings';
import {
  highlightParts,
  hitKey,
  MAX_SEARCH_TEXT,
  type HubSearchHit,
  type HubSearchKind,
  type HubSearchScope,
  type RefinerCount,
} from '../../../domain/hubSearch';
import { safeHref } from '../../../domain/links';
import { fill } from '../../format';
import { plural } from '../../plural';
import { useHubSearch } from '../../hooks/useHubSearch';
import { useQuestionDetails } from '../../hooks/useQuestionDetails';
import { ErrorView } from '../StatusViews';
import { getHubSearchClassNames, type IHubSearchClassNames } from './HubSearch.styles';
import type { IHubSearchProps } from './IHubSearchProps';

const ANY = '';

const Highlighted: React.FC<{ text: string; markClass: string }> = ({ text, markClass }) => (
  <>
    {highlightParts(text).map((p, i) =>
      p.match ? (
        <mark key={i} className={markClass}>
          {p.text}
        </mark>
      ) : (
        <React.Fragment key={i}>{p.text}</React.Fragment>
      ),
    )}
  </>
);

const Hit: React.FC<{ hit: HubSearchHit; href?: string; classes: IHubSearchClassNames }> = ({ hit, href, classes }) => {
  const meta = [
    hit.question ? (hit.question.answered ? strings.SearchAnswered : strings.SearchUnanswered) : undefined,
    hit.viaAnswer ? strings.SearchViaAnswer : undefined,
    hit.resourceType,
    hit.kind !== 'community' && hit.communityTitle ? fill(strings.SearchCommunity, hit.communityTitle) : undefined,
    hit.kind === 'community' && hit.practiceArea ? fill(strings.SearchPracticeArea, hit.practiceArea) : undefined,
    hit.owner ? fill(strings.SearchOwner, hit.owner) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li className={classes.hit}>
      <span>
        {href ? (
          <Link href={href} target={hit.kind === 'resource' ? '_blank' : undefined} rel="noopener noreferrer">
            {hit.title}
          </Link>
        ) : (
          <Text>{hit.title}</Text>
        )}
        {hit.justAdded && (
          <span className={classes.badge} title={strings.SearchJustAddedHint}>
            {strings.SearchJustAdded}
          </span>
        )}
      </span>
      {hit.summary && (
        <Text>
          <Highlighted text={hit.summary} markClass={classes.mark} />
        </Text>
      )}
      {meta && (
        <Text variant="small" className={classes.meta}>
          {meta}
        </Text>
      )}
    </li>
  );
};

function options(counts: RefinerCount[], chosen: string | undefined): IDropdownOption[] {
  const list = counts.map((c) => ({ key: c.value, text: `${c.value} (${c.count})` }));
  if (chosen && !counts.some((c) => c.value === chosen)) list.unshift({ key: chosen, text: chosen });
  return [{ key: ANY, text: strings.SearchAnyValue }, ...list];
}

/** The scope's refinable values, each offered as a dropdown of the values the refiners counted. */
type RefinedBy = 'communityTitle' | 'resourceType' | 'practiceArea';

/** Hub search: every community and every community's resources, through SharePoint Search. */
export const HubSearch: React.FC<IHubSearchProps> = ({ search, initialText = '', communityHref, questionHref, onClose, pauseMs }) => {
  const classes = getHubSearchClassNames(useTheme());
  const [text, setText] = React.useState(initialText.slice(0, MAX_SEARCH_TEXT));
  const [scope, setScope] = React.useState<HubSearchScope>({});
  const { state, more, retry } = useHubSearch(search, text, scope, pauseMs);
  const [ids] = React.useState(() => ({ heading: getId('hub-search'), status: getId('hub-search-status') }));

  const kindOptions: IDropdownOption[] = [
    { key: ANY, text: strings.SearchKindAll },
    { key: 'community', text: strings.SearchKindCommunities },
    { key: 'resource', text: strings.SearchKindResources },
    { key: 'question', text: strings.SearchKindQuestions },
  ];
  const page = useQuestionDetails(search, state.status === 'ready' ? state.page : undefined);
  const status = ((): string => {
    if (state.status === 'idle') return strings.SearchPrompt;
    if (state.status === 'loading') return strings.SearchSearching;
    if (state.status === 'error') return strings.SearchFailed;
    return state.page.total === 0
      ? fill(strings.SearchNoResults, text.trim())
      : plural(strings.SearchResultCount, state.page.total, state.page.total, text.trim());
  })();
  const groups: Array<{ kind: HubSearchKind; title: string; hits: HubSearchHit[] }> = page
    ? [
        { kind: 'community' as const, title: strings.SearchKindCommunities, hits: page.hits.filter((h) => h.kind === 'community') },
        { kind: 'resource' as const, title: strings.SearchKindResources, hits: page.hits.filter((h) => h.kind === 'resource') },
        { kind: 'question' as const, title: strings.SearchKindQuestions, hits: page.hits.filter((h) => h.kind === 'question') },
      ].filter((g) => g.hits.length > 0)
    : [];
  const refiners: Array<{ by: RefinedBy; label: string; counts: RefinerCount[]; minWidth: number }> = [
    { by: 'communityTitle', label: strings.SearchCommunityFilter, counts: page?.communities ?? [], minWidth: 180 },
    { by: 'resourceType', label: strings.SearchTypeFilter, counts: page?.resourceTypes ?? [], minWidth: 140 },
    { by: 'practiceArea', label: strings.SearchPracticeAreaFilter, counts: page?.practiceAreas ?? [], minWidth: 160 },
  ];
  const hrefOf = (h: HubSearchHit): string | undefined => {
    if (h.kind === 'community') return communityHref(h);
    // A question opens in its community's Questions section once its item is read; until then, its own form.
    if (h.kind === 'question') return (h.question && questionHref?.(h.question)) || (h.viaAnswer ? undefined : safeHref(h.url));
    return safeHref(h.url);
  };
  const shown = state.status === 'ready' ? state.page.hits.filter((h) => !h.justAdded).length : 0;
  const justAdded = state.status === 'ready' ? state.page.hits.length - shown : 0;

  return (
    <section className={classes.root} aria-labelledby={ids.heading} role="search">
      <Text as="h3" variant="large" id={ids.heading} block>
        {strings.SearchHubLabel}
      </Text>
      <div className={classes.toolbar}>
        <SearchBox
          className={classes.box}
          autoFocus
          ariaLabel={strings.SearchHubLabel}
          placeholder={strings.SearchHubPlaceholder}
          value={text}
          maxLength={MAX_SEARCH_TEXT}
          onChange={(_, v) => setText((v ?? '').slice(0, MAX_SEARCH_TEXT))}
          aria-describedby={ids.status}
        />
        <Dropdown
          label={strings.SearchKindLabel}
          options={kindOptions}
          selectedKey={scope.kind ?? ANY}
          onChange={(_, o) => setScope((s) => ({ ...s, kind: o && o.key !== ANY ? (o.key as HubSearchKind) : undefined }))}
          styles={{ root: { minWidth: 140 } }}
        />
        {refiners.map((r) => (
          <Dropdown
            key={r.by}
            label={r.label}
            options={options(r.counts, scope[r.by])}
            selectedKey={scope[r.by] ?? ANY}
            onChange={(_, o) => setScope((s) => ({ ...s, [r.by]: o && o.key !== ANY ? String(o.key) : undefined }))}
            styles={{ root: { minWidth: r.minWidth } }}
          />
        ))}
        {onClose && (
          <IconButton iconProps={{ iconName: 'Cancel' }} title={strings.SearchClose} ariaLabel={strings.SearchClose} onClick={onClose} />
        )}
      </div>
      <div id={ids.status} role="status" aria-live="polite">
        {state.status === 'loading' ? (
          <Spinner size={SpinnerSize.small} label={status} labelPosition="right" />
        ) : (
          <Text block>{status}</Text>
        )}
      </div>
      {state.status === 'error' && <ErrorView error={state.error} onRetry={retry} />}
      {groups.map((g) => (
        <div key={g.kind} className={classes.group}>
          <Text as="h4" variant="mediumPlus" block>{`${g.title} (${g.hits.length})`}</Text>
          <ul className={classes.list} aria-label={`${strings.SearchResultsLabel}: ${g.title}`}>
            {g.hits.map((h) => (
              <Hit key={hitKey(h)} hit={h} href={hrefOf(h)} classes={classes} />
            ))}
          </ul>
        </div>
      ))}
      {state.status === 'ready' && state.moreError !== undefined && <ErrorView error={state.moreError} onRetry={more} />}
      {page && shown < page.total - justAdded && (
        <DefaultButton
          text={strings.SearchMore}
          onClick={more}
          disabled={state.status === 'ready' && state.loadingMore}
          styles={{ root: { marginTop: 8 } }}
        />
      )}
    </section>
  );
};
