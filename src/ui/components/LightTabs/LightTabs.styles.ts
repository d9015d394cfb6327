import { getFocusStyle, HighContrastSelector, mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface ILightTabsClassNames {
  root: string;
  list: string;
  tab: string;
  selected: string;
  panel: string;
}

/** Fluent's Pivot look (links, 44 px high, the selected one bold over a 2 px bar in the theme's colour). */
export const getLightTabsClassNames = (theme: ITheme): ILightTabsClassNames => {
  const s = theme.semanticColors;
  return mergeStyleSets({
    root: {},
    list: { display: 'flex', flexWrap: 'wrap', margin: 0, padding: 0 },
    tab: [
      getFocusStyle(theme, { inset: 0, highContrastStyle: { outline: '1px solid WindowText' } }),
      {
        position: 'relative',
        boxSizing: 'border-box',
        height: 44,
        lineHeight: 44,
        padding: '0 8px',
        marginRight: 8,
        border: 0,
        borderRadius: 0,
        background: 'transparent',
        color: s.actionLink,
        fontFamily: 'inherit',
        fontSize: theme.fonts.medium.fontSize,
        fontWeight: 400,
        cursor: 'pointer',
        userSelect: 'none',
        selectors: {
          ':hover': { background: s.buttonBackgroundHovered, color: s.buttonTextHovered },
          ':active': { background: s.buttonBackgroundPressed, color: s.buttonTextHovered },
          '::before': {
            content: '""',
            position: 'absolute',
            left: 8,
            right: 8,
            bottom: 0,
            height: 2,
            background: 'transparent',
            transition: 'left 0.267s, right 0.267s',
          },
        },
      },
    ],
    selected: {
      fontWeight: 600,
      color: s.bodyText,
      selectors: {
        '::before': { background: s.inputBackgroundChecked, [HighContrastSelector]: { background: 'Highlight' } },
        [HighContrastSelector]: { color: 'Highlight' },
      },
    },
    panel: {},
  });
};
