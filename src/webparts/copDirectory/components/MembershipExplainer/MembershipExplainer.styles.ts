import { HighContrastSelector, mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface IMembershipExplainerClassNames {
  root: string;
  heading: string;
  columns: string;
  term: string;
  text: string;
}

export const getMembershipExplainerClassNames = (theme: ITheme): IMembershipExplainerClassNames =>
  mergeStyleSets({
    root: {
      margin: '12px 0 16px',
      padding: '12px 16px',
      borderLeft: `4px solid ${theme.palette.themePrimary}`,
      background: theme.palette.neutralLighterAlt,
      selectors: { [HighContrastSelector]: { border: '1px solid WindowText', borderLeftWidth: 4 } },
    },
    heading: { margin: '0 0 6px', fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600, color: theme.semanticColors.bodyText },
    columns: { margin: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))', gap: '4px 24px' },
    term: { fontSize: theme.fonts.medium.fontSize, fontWeight: 600, color: theme.semanticColors.bodyText },
    text: { margin: 0, color: theme.semanticColors.bodyText, fontSize: theme.fonts.small.fontSize },
  });
