/**
 * A minimal SharePoint list view for the workbench: one of the hub's admin lists, one of its views
 * from the schema (its columns, and its filter as the CAML in lists.ts says), real items from the
 * emulator, and the POD actions command set over the selection — the same commands, visibility and
 * per-item results as in SharePoint (src/domain/podCommands.ts). /lists?list=Memberships&view=Pending%20requests
 */
import * as React from 'react';
import type { IColumn } from '@fluentui/react/lib/DetailsList';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { MembershipRecord } from '../../src/domain/adminModels';
import type { Community, Suggestion } from '../../src/domain/models';
import { gardenerViewSearch, type AdminListKind, type CommandAudience } from '../../src/domain/podCommands';
import type { CopServices } from '../../src/domain/services';
import { adminListKind } from '../../src/schema/adminLists';
import { LIST_SCHEMA, LIST_TITLES } from '../../src/schema/lists';
import type { ListSpec } from '../../src/schema/types';
import { PodActions } from '../../src/ui/components/PodActions';
import { ErrorView, LoadingView } from '../../src/ui/components/StatusViews';
import { useAsync } from '../../src/ui/hooks/useAsync';
import { SelectableTable } from '../../src/webparts/copAdminConsole/components/SelectableTable';

/** One list item: its text per column (read by the column's field name), its id, and the record it shows. */
type Row = Record<string, unknown> & { id: number; raw: MembershipRecord | Suggestion | Community };

const LISTS = [LIST_TITLES.memberships, LIST_TITLES.suggestions, LIST_TITLES.communities];
const day = (iso?: string): string =>
  iso ? new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }) : '';

/**
 * Each admin view's filter, as its CAML <Where> in the schema says (the emulator, like SharePoint's
 * REST items endpoint, doesn't apply a view's query, so the page applies it).
 */
const VIEW_FILTERS: Record<string, (r: { raw: MembershipRecord | Suggestion | Community }) => boolean> = {
  'Pending requests': ({ raw }) => (raw as MembershipRecord).approval === 'pending' && (raw as MembershipRecord).status === 'pending',
  'Forming communities and their founders': ({ raw }) => (raw as MembershipRecord).status === 'interested',
  'New suggestions': ({ raw }) => (raw as Suggestion).status === 'new',
  'Forming communities': ({ raw }) => (raw as Community).status === 'forming',
  'Without a gardener or sponsor': ({ raw }) =>
    (raw as Community).status !== 'closed' && (!(raw as Community).sponsor || (raw as Community).gardeners.length === 0),
};

interface LoadedList {
  rows: Row[];
  audience: CommandAudience;
  /** The communities I garden, by title (a gardener's Memberships view is filtered to them). */
  gardened: Array<{ title: string }>;
}

/**
 * The filter SharePoint's list view reads from its address (FilterField1/FilterValue1, or
 * FilterFields1/FilterValues1 with ;# between values): the column and the values it keeps.
 */
function addressFilter(params: URLSearchParams): { field: string; values: string[] } | undefined {
  const field = params.get('FilterField1') ?? params.get('FilterFields1');
  const values = params.get('FilterValue1') ?? params.get('FilterValues1');
  return field && values !== null ? { field, values: values.split(';#') } : undefined;
}

async function load(services: CopServices, kind: AdminListKind): Promise<LoadedList> {
  const [me, communities] = await Promise.all([services.people.me(), services.communities.all()]);
  const audience: CommandAudience = {
    isPodAdmin: me.isPodAdmin,
    gardenerOf: communities.filter((c) => c.gardeners.some((g) => g.id === me.id)).map((c) => c.id),
  };
  const title = (id?: number): string => communities.find((c) => c.id === id)?.title ?? '';
  const gardened = communities.filter((c) => audience.gardenerOf.includes(c.id)).map((c) => ({ title: c.title }));
  if (kind === 'memberships') {
    const items = await services.admin.memberships();
    return {
      gardened,
      audience,
      rows: items.map((m) => ({
        raw: m,
        id: m.id,
        LinkTitle: m.title,
        Community: title(m.communityId),
        Author: m.member.displayName,
        Level: m.level,
        MemberStatus: m.status,
        _ModerationStatus: m.approval,
        Created: day(m.created),
        JoinedOn: day(m.joinedOn),
      })),
    };
  }
  if (kind === 'suggestions') {
    const items = await services.content.suggestions();
    return {
      gardened,
      audience,
      rows: items.map((s) => ({
        raw: s,
        id: s.id,
        LinkTitle: s.title,
        Description: s.description,
        SuggestionKind: s.kind,
        PracticeArea: s.practiceArea,
        SuggestionStatus: s.status,
        Author: s.author?.displayName ?? '',
        Created: day(s.created),
      })),
    };
  }
  return {
    gardened,
    audience,
    rows: communities.map((c) => ({
      raw: c,
      id: c.id,
      LinkTitle: c.title,
      PracticeArea: c.practiceArea,
      CopStatus: c.status,
      Sponsor: c.sponsor?.displayName ?? '',
      Gardeners: c.gardeners.map((g) => g.displayName).join('; '),
      JoinPolicy: c.joinPolicy,
      FoundingTarget: c.foundingTarget === undefined ? '' : String(c.foundingTarget),
      Modified: day(c.modified),
      Editor: c.modifiedBy ?? '',
      StatusReason: '',
    })),
  };
}

function columnTitle(spec: ListSpec, name: string): string {
  if (name === 'LinkTitle') return 'Title';
  if (name === 'Author') return 'Created By';
  if (name === 'Editor') return 'Modified By';
  if (name === '_ModerationStatus') return 'Approval Status';
  return spec.fields.find((f) => f.name === name)?.title ?? name;
}

export const ListViewPage: React.FC<{ services: CopServices }> = ({ services }) => {
  const params = new URLSearchParams(window.location.search);
  const listTitle = LISTS.find((l) => l.toLowerCase() === (params.get('list') ?? '').toLowerCase()) ?? LIST_TITLES.memberships;
  const spec = LIST_SCHEMA.find((s) => s.title === listTitle) as ListSpec;
  const kind = adminListKind(listTitle) as AdminListKind;
  const viewTitle = spec.views.find((v) => v.title === params.get('view'))?.title ?? spec.views[0].title;
  const view = spec.views.find((v) => v.title === viewTitle) ?? spec.views[0];
  const data = useAsync(() => load(services, kind), [services, kind]);
  const [selected, setSelected] = React.useState<number[]>([]);
  const go = (list: string, v?: string): void => {
    window.location.search = `?list=${encodeURIComponent(list)}${v ? `&view=${encodeURIComponent(v)}` : ''}`;
  };
  const columns: IColumn[] = view.fields.map((f) => ({
    key: f,
    name: columnTitle(spec, f),
    fieldName: f,
    minWidth: 90,
    maxWidth: 240,
    isResizable: true,
  }));
  const filter = VIEW_FILTERS[view.title];
  const byAddress = addressFilter(params);
  const ready = data.state.status === 'ready' ? data.state.data : undefined;
  // As the command set does on SharePoint: a gardener (not POD) lands on their own communities' requests,
  // once a visit (so clearing the filter sticks); nothing is shown until the filtered view opens.
  const gardenerKey = 'cophub:gardener-filter:workbench';
  const redirect =
    ready && kind === 'memberships' && !ready.audience.isPodAdmin && window.sessionStorage.getItem(gardenerKey) !== '1'
      ? gardenerViewSearch(window.location.search, ready.gardened)
      : undefined;
  React.useEffect(() => {
    if (!redirect) return;
    window.sessionStorage.setItem(gardenerKey, '1');
    window.location.replace(`${window.location.pathname}${redirect}`);
  }, [redirect]);
  return (
    <section aria-labelledby="list-view-title">
      <Stack horizontal wrap tokens={{ childrenGap: 16 }} verticalAlign="end">
        <Text as="h2" variant="xLarge" id="list-view-title">{`${listTitle}: ${view.title}`}</Text>
        <Dropdown
          label="List"
          options={LISTS.map((l) => ({ key: l, text: l }))}
          selectedKey={listTitle}
          onChange={(_, o) => o && go(String(o.key))}
          styles={{ root: { minWidth: 180 } }}
        />
        <Dropdown
          label="View"
          options={spec.views.map((v) => ({ key: v.title, text: v.title }))}
          selectedKey={view.title}
          onChange={(_, o) => o && go(listTitle, String(o.key))}
          styles={{ root: { minWidth: 240 } }}
        />
      </Stack>
      {(data.state.status === 'loading' || redirect) && <LoadingView rows={4} />}
      {data.state.status === 'error' && <ErrorView error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' &&
        !redirect &&
        (() => {
          const inView = filter ? data.state.data.rows.filter(filter) : data.state.data.rows;
          const rows = byAddress ? inView.filter((r) => byAddress.values.includes(String(r[byAddress.field] ?? ''))) : inView;
          return (
            <>
              {byAddress && (
                <MessageBar>
                  {`Filtered: ${columnTitle(spec, byAddress.field)} is ${byAddress.values.join(' or ')}. `}
                  <a href={`?list=${encodeURIComponent(listTitle)}&view=${encodeURIComponent(view.title)}`}>Clear filter</a>
                </MessageBar>
              )}
              <PodActions
                list={kind}
                selectedIds={selected}
                audience={data.state.data.audience}
                services={services}
                onChanged={() => {
                  setSelected([]);
                  data.reload();
                }}
              />
              {rows.length === 0 ? (
                <MessageBar>There are no items to show in this view.</MessageBar>
              ) : (
                <SelectableTable
                  items={rows}
                  columns={columns}
                  idOf={(r) => r.id}
                  ariaLabel={`${listTitle}: ${view.title}`}
                  onSelectionChanged={setSelected}
                />
              )}
            </>
          );
        })()}
    </section>
  );
};
