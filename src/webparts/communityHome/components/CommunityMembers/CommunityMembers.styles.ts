import { HighContrastSelector, mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface ICommunityMembersClassNames {
  search: string;
  groups: string;
  group: string;
  list: string;
  waiting: string;
  linked: string;
}

export const getCommunityMembersClassNames = (theme: ITheme): ICommunityMembersClassNames =>
  mergeStyleSets({
    search: { maxWidth: 360, margin: '8px 0' },
    // Side by side where there is room; stacked on a narrow Teams tab.
    groups: { display: 'flex', flexWrap: 'wrap', gap: 24, margin: '8px 0' },
    group: { flex: '1 1 200px', minWidth: 0 },
    list: { listStyle: 'none', margin: 0, padding: 0, lineHeight: '1.8em' },
    waiting: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: 6, padding: '2px 6px' },
    // The request a notification opened: marked by more than colour (a border), and by focus.
    linked: {
      background: theme.palette.themeLighterAlt,
      borderLeft: `4px solid ${theme.palette.themePrimary}`,
      outline: 'none',
      selectors: {
        ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 2 },
        [HighContrastSelector]: { borderLeft: '4px solid Highlight' },
      },
    },
  });
