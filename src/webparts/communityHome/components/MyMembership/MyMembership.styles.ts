import { HighContrastSelector, mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface IMyMembershipClassNames {
  actions: string;
  linked: string;
}

export const getMyMembershipClassNames = (theme?: ITheme): IMyMembershipClassNames =>
  mergeStyleSets({
    // Buttons wrap under each other on a narrow Teams tab.
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8, margin: '8px 0' },
    // Opened from a notification about my request: marked by a border as well as colour, and focused.
    linked: {
      padding: '4px 12px',
      background: theme?.palette.themeLighterAlt,
      borderLeft: `4px solid ${theme?.palette.themePrimary ?? 'currentColor'}`,
      outline: 'none',
      selectors: {
        ':focus-visible': { outline: `2px solid ${theme?.palette.themePrimary ?? 'currentColor'}`, outlineOffset: 2 },
        [HighContrastSelector]: { borderLeft: '4px solid Highlight' },
      },
    },
  });
