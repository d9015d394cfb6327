import { HighContrastSelector, mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export const classes = mergeStyleSets({
  table: { overflowX: 'auto' },
});

/** The row a notification opened: marked by a border as well as a colour, and by focus. */
export const linkedRowClass = (theme: ITheme): string =>
  mergeStyleSets({
    row: {
      background: theme.palette.themeLighter,
      boxShadow: `inset 4px 0 0 ${theme.palette.themePrimary}`,
      selectors: { [HighContrastSelector]: { boxShadow: 'inset 4px 0 0 Highlight' } },
    },
  }).row;
