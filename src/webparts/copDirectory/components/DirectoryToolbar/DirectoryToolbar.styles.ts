import { HighContrastSelector, mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface IDirectoryToolbarClassNames {
  root: string;
  search: string;
  filters: string;
  filter: string;
  toggle: string;
  layout: string;
  layoutButton: string;
}

export const getDirectoryToolbarClassNames = (theme: ITheme): IDirectoryToolbarClassNames =>
  mergeStyleSets({
    root: { display: 'flex', flexDirection: 'column', gap: 12, marginBottom: 12 },
    search: { maxWidth: 640 },
    filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '8px 16px' },
    filter: { width: 200 },
    toggle: { marginBottom: 6 },
    layout: { marginLeft: 'auto', display: 'flex', gap: 4 },
    layoutButton: {
      minWidth: 0,
      padding: '0 12px',
      selectors: {
        '&.is-checked': { fontWeight: 600 },
        // Forced colours flatten Fluent's grey "checked" fill; mark the chosen layout the system's way.
        [HighContrastSelector]: {
          selectors: { '&.is-checked': { background: 'Highlight', color: 'HighlightText', forcedColorAdjust: 'none' } },
        },
      },
    },
  });
