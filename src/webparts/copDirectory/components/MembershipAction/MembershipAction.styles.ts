import { HighContrastSelector, mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface IMembershipActionClassNames {
  outcome: string;
  icon: string;
}

export const getMembershipActionClassNames = (theme: ITheme): IMembershipActionClassNames =>
  mergeStyleSets({
    outcome: {
      display: 'inline-flex',
      alignItems: 'center',
      gap: 6,
      padding: '4px 10px',
      borderRadius: theme.effects.roundedCorner2,
      background: theme.palette.themeLighterAlt,
      color: theme.palette.themeDarkAlt,
      border: `1px solid ${theme.palette.themeLight}`,
      fontWeight: 600,
      outline: 'none',
      selectors: {
        ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 2 },
        [HighContrastSelector]: { border: '1px solid WindowText', color: 'WindowText', background: 'Window' },
      },
    },
    icon: { fontSize: 12 },
  });
