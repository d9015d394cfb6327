import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
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
import type { HubSearchHit, QuestionHitDetails } from '../../../../domain/hubSearch';
import type { IContentService } from '../../../../domain/services';
import { HubSearchLauncher } from '../../../../ui/components/HubSearch';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { useDates } from '../../../../ui/dates';
import { fill } from '../../../../ui/format';
import { useAsync } from '../../../../ui/hooks/useAsync';
import { AddResourceForm } from '../AddResourceForm';
import type { ISharedRepertoireProps } from './ISharedRepertoireProps';
import { getSharedRepertoireClassNames, type ISharedRepertoireClassNames } from './SharedRepertoire.styles';
import { useId } from '../../../../ui/hooks/useId';

// Review dates are calendar dates: shown as stored (UTC), so they don't shift a day west of Greenwich.
const ALL = 'all';
const typeOptions: IDropdownOption[] = [
  { key: ALL, text: strings.AllTypes },
  ...RESOURCE_TYPES.map((t) => ({ key: t, text: strings.ResourceTypeNames[t] ?? t })),
];

/** The Edit button of one of my resources, where focus goes back after editing it. */
const editButtonId = (r: Pick<Resource, 'id'>): string => `resource-edit-${r.id}`;
/** Its Remove button, where focus goes back when the removal is cancelled. */
const removeButtonId = (r: Pick<Resource, 'id'>): string => `resource-remove-${r.id}`;

interface IResourceItemProps {
  resource: Resource;
  due: boolean;
  classes: ISharedRepertoireClassNames;
  /** Mine: offers Edit and Remove (SharePoint lets only its owner change it). */
  mine: boolean;
  onEdit: (r: Resource) => void;
  onRemove: (r: Resource) => void;
}

const ResourceItem: React.FC<IResourceItemProps> = ({ resource: r, due, classes, mine, onEdit, onRemove }) => {
  const dates = useDates();
  const review = dates.formatIso('dateOnly', r.reviewDate);
  // Only its author and the gardeners see a resource that isn't approved: say so, in words.
  const approval = r.approval === 'pending' ? strings.WaitingForApproval : r.approval === 'rejected' ? strings.NotApproved : undefined;
  return (
    <li className={classes.resource}>
      <span>
        {/* An address the mappers refused (not http(s)) is dropped: the title stays, as text. */}
        {r.url ? (
          <Link href={r.url} target="_blank" rel="noopener noreferrer">
            {r.title}
          </Link>
        ) : (
          <Text>{r.title}</Text>
        )}
        {approval && (
          <>
            {' '}
            <span className={classes.waiting}>
              <Icon iconName="Clock" aria-hidden />
              {approval}
            </span>
          </>
        )}
        {due && (
          <>
            {' '}
            <span className={classes.due}>
              <Icon iconName="Warning" aria-hidden />
              {strings.DueForReview}
            </span>
          </>
        )}
      </span>
      {r.description && <Text>{r.description}</Text>}
      <Text variant="small">
        {[r.owner ? fill(strings.ResourceOwner, r.owner.displayName) : strings.NoOwner, review ? fill(strings.ReviewBy, review) : undefined]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {mine && (
        <div className={classes.actions} role="group" aria-label={fill(strings.ResourceActions, r.title)}>
          <DefaultButton
            id={editButtonId(r)}
            iconProps={{ iconName: 'Edit' }}
            text={strings.EditResource}
            ariaLabel={fill(strings.EditResourceOf, r.title)}
            onClick={() => onEdit(r)}
          />
          <DefaultButton
            id={removeButtonId(r)}
            iconProps={{ iconName: 'Delete' }}
            text={strings.RemoveResource}
            ariaLabel={fill(strings.RemoveResourceOf, r.title)}
            onClick={() => onRemove(r)}
          />
        </div>
      )}
    </li>
  );
};

/** "Remove this resource?", naming it; Remove stays busy while SharePoint recycles it, and a refusal is said in words. */
const RemoveResourceDialog: React.FC<{
  resource: Resource;
  content: Pick<IContentService, 'removeResource'>;
  onDone: (removed: boolean, failed: boolean) => void;
}> = ({ resource, content, onDone }) => {
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<unknown>(undefined);
  const remove = (): void => {
    setBusy(true);
    setError(undefined);
    content.removeResource(resource).then(
      () => onDone(true, false),
      (e: unknown) => {
        setError(e);
        setBusy(false);
      },
    );
  };
  return (
    <Dialog
      hidden={false}
      onDismiss={() => !busy && onDone(false, error !== undefined)}
      dialogContentProps={{
        type: DialogType.normal,
        showCloseButton: false,
        title: strings.RemoveResourceTitle,
        subText: fill(strings.RemoveResourceBody, resource.title),
      }}
      // Cancel first: the destructive choice is never the one Enter takes by accident.
      modalProps={{ isBlocking: true, firstFocusableSelector: 'cop-remove-cancel' }}
      minWidth={360}
    >
      <div aria-live="polite">{error !== undefined && <ErrorView error={error} />}</div>
      <DialogFooter>
        <PrimaryButton text={busy ? strings.Removing : strings.RemoveResource} onClick={remove} disabled={busy} />
        <DefaultButton
          className="cop-remove-cancel"
          text={strings.Cancel}
          onClick={() => onDone(false, error !== undefined)}
          disabled={busy}
        />
      </DialogFooter>
    </Dialog>
  );
};

/** The shared repertoire: resources grouped by type, searchable, with owners, review dates and a way to add one. */
/** A community hit opens this page for that community (the hub's community page takes `?community=`). */
function communityPageHref(hit: HubSearchHit): string {
  const url = new URL(window.location.href);
  url.searchParams.set('community', String(hit.id));
  return url.href;
}

/** A question hit (issue 16) opens this page at its community's Questions section, on the question. */
function questionPageHref(q: QuestionHitDetails): string {
  const url = new URL(window.location.href);
  url.searchParams.set('community', String(q.communityId));
  url.searchParams.set('section', 'questions');
  url.searchParams.set('item', String(q.questionId));
  return url.href;
}

export const SharedRepertoire: React.FC<ISharedRepertoireProps> = ({ communityId, content, myId, search, now = () => new Date() }) => {
  const communityRepertoireId = useId('community-repertoire');
  const classes = getSharedRepertoireClassNames(useTheme());
  const { state, reload } = useAsync(() => content.resources(communityId), [content, communityId]);
  const [text, setText] = React.useState('');
  const [type, setType] = React.useState<ResourceType | undefined>(undefined);
  const [adding, setAdding] = React.useState(false);
  const [added, setAdded] = React.useState<string | undefined>(undefined);
  const [editing, setEditing] = React.useState<Resource | undefined>(undefined);
  const [removing, setRemoving] = React.useState<Resource | undefined>(undefined);
  // Where focus goes once the list is read again: the edited resource's Edit button, else Add.
  const [focusAfter, setFocusAfter] = React.useState<string | undefined>(undefined);
  const addButton = React.useRef<HTMLButtonElement>(null);

  React.useEffect(() => {
    if (focusAfter === undefined || state.status === 'loading') return;
    setFocusAfter(undefined);
    const target = focusAfter ? document.getElementById(focusAfter) : null;
    (target ?? addButton.current)?.focus();
  }, [focusAfter, state.status]);

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
  const startEdit = (r: Resource): void => {
    setAdded(undefined);
    setAdding(false);
    setEditing(r);
  };
  const closeEdit = (r: Resource, changed: boolean): void => {
    setEditing(undefined);
    if (changed) reload();
    setFocusAfter(editButtonId(r));
  };
  const onEdited = (r: Resource): void => {
    setAdded(fill(strings.ResourceChanged, r.title));
    closeEdit(r, true);
  };
  const onRemoveDone = (r: Resource, removed: boolean, failed: boolean): void => {
    setRemoving(undefined);
    if (removed) setAdded(fill(strings.ResourceRemoved, r.title));
    // Removed (or it failed, perhaps gone already): the list is read again and focus goes to Add.
    if (removed || failed) {
      reload();
      setFocusAfter('');
    } else {
      setTimeout(() => document.getElementById(removeButtonId(r))?.focus(), 0);
    }
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
          {g.resources.map((r) =>
            editing?.id === r.id ? (
              <li key={r.id} className={classes.resource}>
                <AddResourceForm
                  communityId={communityId}
                  content={content}
                  resource={editing}
                  onSaved={onEdited}
                  onCancel={() => closeEdit(r, false)}
                  onReload={() => closeEdit(r, true)}
                />
              </li>
            ) : (
              <ResourceItem
                key={r.id}
                resource={r}
                due={isDueForReview(r, at)}
                classes={classes}
                mine={myId !== undefined && r.authorId === myId}
                onEdit={startEdit}
                onRemove={(x) => {
                  setAdded(undefined);
                  setRemoving(x);
                }}
              />
            ),
          )}
        </ul>
      </div>
    ));
  })();

  return (
    <section aria-labelledby={communityRepertoireId}>
      <Text as="h3" variant="large" id={communityRepertoireId} block>
        {strings.SharedRepertoire}
      </Text>
      <div className={classes.toolbar}>
        <SearchBox
          className={classes.search}
          placeholder={strings.SearchResources}
          ariaLabel={strings.SearchResources}
          value={text}
          onChange={(_, v) => setText(v ?? '')}
        />
        <Dropdown
          label={strings.ResourceTypeFilter}
          options={typeOptions}
          selectedKey={type ?? ALL}
          onChange={(_, o) => setType(o && o.key !== ALL ? (o.key as ResourceType) : undefined)}
          styles={{ root: { minWidth: 160 } }}
        />
        {!adding && (
          <DefaultButton
            elementRef={addButton}
            iconProps={{ iconName: 'Add' }}
            text={strings.AddResource}
            onClick={() => {
              setAdded(undefined);
              setAdding(true);
            }}
          />
        )}
      </div>
      <HubSearchLauncher search={search} initialText={text} communityHref={communityPageHref} questionHref={questionPageHref} />
      <div aria-live="polite">{added && <MessageBar messageBarType={MessageBarType.success}>{added}</MessageBar>}</div>
      {adding && <AddResourceForm communityId={communityId} content={content} onSaved={onAdded} onCancel={closeForm} />}
      {body}
      {removing && (
        <RemoveResourceDialog resource={removing} content={content} onDone={(removed, failed) => onRemoveDone(removing, removed, failed)} />
      )}
    </section>
  );
};
