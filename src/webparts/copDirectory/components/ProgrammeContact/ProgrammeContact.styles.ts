import { HighContrastSelector, mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface IProgrammeContactClassNames {
  root: string;
  heading: string;
  text: string;
  ways: string;
}

export const getProgrammeContactClassNames = (theme: ITheme): IProgrammeContactClassNames =>
  mergeStyleSets({
    root: {
      marginTop: 24,
      padding: '12px 16px',
      borderTop: `1px solid ${theme.semanticColors.bodyDivider}`,
      color: theme.semanticColors.bodyText,
      selectors: { [HighContrastSelector]: { borderTop: '1px solid WindowText' } },
    },
    heading: { margin: '0 0 4px', fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600 },
    text: { margin: 0 },
    ways: { margin: '4px 0 0', padding: 0, listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: '4px 16px' },
  });
