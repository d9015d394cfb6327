import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export interface ICommunityMembersClassNames {
  search: string;
  groups: string;
  group: string;
  list: string;
}

export const getCommunityMembersClassNames = (): ICommunityMembersClassNames =>
  mergeStyleSets({
    search: { maxWidth: 360, margin: '8px 0' },
    // Side by side where there is room; stacked on a narrow Teams tab.
    groups: { display: 'flex', flexWrap: 'wrap', gap: 24, margin: '8px 0' },
    group: { flex: '1 1 200px', minWidth: 0 },
    list: { listStyle: 'none', margin: 0, padding: 0, lineHeight: '1.8em' },
  });
