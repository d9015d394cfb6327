import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface ICommunityResultsClassNames {
  summary: string;
  summaryRow: string;
  cards: string;
  list: string;
  item: string;
  more: string;
  group: string;
  groupTitle: string;
  groupCount: string;
  empty: string;
  emptyTitle: string;
}

export const getCommunityResultsClassNames = (theme: ITheme): ICommunityResultsClassNames =>
  mergeStyleSets({
    summaryRow: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 8, marginBottom: 8 },
    summary: { color: theme.semanticColors.bodySubtext },
    cards: {
      listStyle: 'none',
      margin: 0,
      padding: 0,
      display: 'grid',
      gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
      gap: 16,
    },
    list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 },
    item: { margin: 0, minWidth: 0 },
    group: { marginBottom: 24 },
    groupTitle: {
      margin: '0 0 8px',
      fontSize: theme.fonts.large.fontSize,
      fontWeight: 600,
      color: theme.semanticColors.bodyText,
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'baseline',
      gap: 8,
      borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`,
      paddingBottom: 4,
    },
    groupCount: { fontSize: theme.fonts.small.fontSize, fontWeight: 400, color: theme.semanticColors.bodySubtext },
    more: { display: 'flex', justifyContent: 'center', marginTop: 16 },
    empty: { padding: '32px 16px', textAlign: 'center', display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 8 },
    emptyTitle: { margin: 0, fontSize: theme.fonts.large.fontSize, fontWeight: 600, color: theme.semanticColors.bodyText },
  });
