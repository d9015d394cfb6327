import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface IMyCommunitiesClassNames {
  root: string;
  list: string;
  row: string;
  meta: string;
}

export const getMyCommunitiesClassNames = ({ semanticColors }: ITheme): IMyCommunitiesClassNames =>
  mergeStyleSets({
    // A personal app can be narrow (320 px): sections stack and rows wrap.
    root: { display: 'flex', flexDirection: 'column', gap: 20, minWidth: 0, overflowWrap: 'anywhere' },
    list: { listStyle: 'none', margin: '8px 0 0', padding: 0 },
    row: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      justifyContent: 'space-between',
      gap: 8,
      padding: '8px 0',
      borderBottom: `1px solid ${semanticColors.bodyDivider}`,
    },
    meta: { display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0, flex: '1 1 200px' },
  });
