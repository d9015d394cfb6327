import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface IHubSearchClassNames {
  root: string;
  toolbar: string;
  box: string;
  group: string;
  list: string;
  hit: string;
  meta: string;
  mark: string;
  badge: string;
}

export const getHubSearchClassNames = ({ semanticColors, palette }: ITheme): IHubSearchClassNames =>
  mergeStyleSets({
    root: { border: `1px solid ${semanticColors.bodyDivider}`, borderRadius: 4, padding: 12, margin: '8px 0 16px' },
    // Wraps onto several lines on a 320 px Teams tab.
    toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 8 },
    box: { flex: '1 1 220px', minWidth: 0 },
    group: { margin: '12px 0 0' },
    list: { listStyle: 'none', margin: 0, padding: 0 },
    hit: { padding: '8px 0', borderBottom: `1px solid ${semanticColors.bodyDivider}`, display: 'flex', flexDirection: 'column', gap: 2 },
    meta: { color: semanticColors.bodySubtext },
    // A match is bold and underlined as well as highlighted, so it doesn't rely on colour alone.
    mark: { backgroundColor: palette.themeLighter, color: semanticColors.bodyText, fontWeight: 600, textDecoration: 'underline' },
    badge: {
      fontWeight: 600,
      color: semanticColors.bodyText,
      border: `1px solid ${semanticColors.inputBorder}`,
      borderRadius: 2,
      padding: '0 4px',
      marginLeft: 6,
    },
  });
