import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Icon } from '@fluentui/react/lib/Icon';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'CommunityHomeWebPartStrings';
import { RESOURCE_TYPES, type Resource, type ResourceType } from '../../../../domain/models';
import { filterResources, groupByType, isDueForReview } from '../../../../domain/repertoire';
import type { HubSearchHit } from '../../../../domain/hubSearch';
import { HubSearchLauncher } from '../../../../ui/components/HubSearch';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { useDates } from '../../../../ui/dates';
import { fill } from '../../../../ui/format';
import { useAsync } from '../../../../ui/hooks/useAsync';
import { AddResourceForm } from '../AddResourceForm';
import type { ISharedRepertoireProps } from './ISharedRepertoireProps';
import { getSharedRepertoireClassNames } from './SharedRepertoire.styles';

// Review dates are calendar dates: shown as stored (UTC), so they don't shift a day west of Greenwich.
const ALL = 'all';
const typeOptions: IDropdownOption[] = [
  { key: ALL, text: strings.AllTypes },
  ...RESOURCE_TYPES.map((t) => ({ key: t, text: strings.ResourceTypeNames[t] ?? t })),
];

const ResourceItem: React.FC<{ resource: Resource; due: boolean; className: string; dueClassName: string }> = ({ resource: r, due, className, dueClassName }) => {
  const dates = useDates();
  const review = dates.formatIso('dateOnly', r.reviewDate);
  return (
    <li className={className}>
      <span>
        {/* An address the mappers refused (not http(s)) is dropped: the title stays, as text. */}
        {r.url ? <Link href={r.url} target="_blank" rel="noopener noreferrer">{r.title}</Link> : <Text>{r.title}</Text>}
        {due && (
          <>
            {' '}
            <span className={dueClassName}><Icon iconName="Warning" aria-hidden />{strings.DueForReview}</span>
          </>
        )}
      </span>
      {r.description && <Text>{r.description}</Text>}
      <Text variant="small">
        {[
          r.owner ? fill(strings.ResourceOwner, r.owner.displayName) : strings.NoOwner,
          review ? fill(strings.ReviewBy, review) : undefined,
        ].filter(Boolean).join(' · ')}
      </Text>
    </li>
  );
};

/** The shared repertoire: resources grouped by type, searchable, with owners, review dates and a way to add one. */
/** A community hit opens this page for that community (the hub's community page takes `?community=`). */
function communityPageHref(hit: HubSearchHit): string {
  const url = new URL(window.location.href);
  url.searchParams.set('community', String(hit.id));
  return url.href;
}

export const SharedRepertoire: React.FC<ISharedRepertoireProps> = ({ communityId, content, search, now = () => new Date() }) => {
  const classes = getSharedRepertoireClassNames(useTheme());
  const { state, reload } = useAsync(() => content.resources(communityId), [content, communityId]);
  const [text, setText] = React.useState('');
  const [type, setType] = React.useState<ResourceType | undefined>(undefined);
  const [adding, setAdding] = React.useState(false);
  const [added, setAdded] = React.useState<string | undefined>(undefined);
  const addButton = React.useRef<HTMLButtonElement>(null);

  const closeForm = (): void => {
    setAdding(false);
    // Back to where the person started, for keyboard users.
    setTimeout(() => addButton.current?.focus(), 0);
  };
  const onAdded = (r: Resource): void => {
    setAdded(fill(strings.ResourceAdded, r.title));
    closeForm();
    reload();
  };

  const body = ((): React.ReactNode => {
    if (state.status === 'loading') return <LoadingView rows={4} />;
    if (state.status === 'error') return <ErrorView error={state.error} onRetry={reload} />;
    if (state.data.length === 0) return <Text block>{strings.NoResources}</Text>;
    const groups = groupByType(filterResources(state.data, { text, type }));
    if (groups.length === 0) return <Text block>{strings.NoMatchingResources}</Text>;
    const at = now();
    return groups.map((g) => (
      <div key={g.type} className={classes.group}>
        <Text as="h4" variant="mediumPlus" block>{`${strings.ResourceTypeGroups[g.type] ?? g.type} (${g.resources.length})`}</Text>
        <ul className={classes.list}>
          {g.resources.map((r) => <ResourceItem key={r.id} resource={r} due={isDueForReview(r, at)} className={classes.resource} dueClassName={classes.due} />)}
        </ul>
      </div>
    ));
  })();

  return (
    <section aria-labelledby="community-repertoire">
      <Text as="h3" variant="large" id="community-repertoire" block>{strings.SharedRepertoire}</Text>
      <div className={classes.toolbar}>
        <SearchBox className={classes.search} placeholder={strings.SearchResources} ariaLabel={strings.SearchResources} value={text} onChange={(_, v) => setText(v ?? '')} />
        <Dropdown
          label={strings.ResourceTypeFilter}
          options={typeOptions}
          selectedKey={type ?? ALL}
          onChange={(_, o) => setType(o && o.key !== ALL ? (o.key as ResourceType) : undefined)}
          styles={{ root: { minWidth: 160 } }}
        />
        {!adding && <DefaultButton elementRef={addButton} iconProps={{ iconName: 'Add' }} text={strings.AddResource} onClick={() => { setAdded(undefined); setAdding(true); }} />}
      </div>
      <HubSearchLauncher search={search} initialText={text} communityHref={communityPageHref} />
      <div aria-live="polite">{added && <MessageBar messageBarType={MessageBarType.success}>{added}</MessageBar>}</div>
      {adding && <AddResourceForm communityId={communityId} content={content} onAdded={onAdded} onCancel={closeForm} />}
      {body}
    </section>
  );
};
