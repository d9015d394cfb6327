import { HighContrastSelector, mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface IFilterDropdownClassNames {
  root: string;
  label: string;
  dropdown: string;
  title: string;
  placeholder: string;
  caretWrapper: string;
  caret: string;
}

/** Fluent's closed Dropdown (label, title box, chevron), from the same theme slots its styles use. */
export const getFilterDropdownClassNames = (theme: ITheme): IFilterDropdownClassNames => {
  const s = theme.semanticColors;
  return mergeStyleSets({
    root: {},
    label: { display: 'block', padding: '5px 0', fontSize: theme.fonts.medium.fontSize, fontWeight: 600, color: s.bodyText },
    dropdown: {
      position: 'relative',
      fontSize: theme.fonts.medium.fontSize,
      color: s.menuItemText,
      outline: 0,
      cursor: 'pointer',
      userSelect: 'none',
      selectors: {
        ':hover .filter-dropdown-title': { borderColor: s.inputBorderHovered },
        ':focus .filter-dropdown-title': { borderColor: s.inputFocusBorderAlt, boxShadow: `inset 0 0 0 1px ${s.inputFocusBorderAlt}` },
        [HighContrastSelector]: { selectors: { ':focus .filter-dropdown-title': { borderColor: 'Highlight' } } },
      },
    },
    title: [
      'filter-dropdown-title',
      {
        display: 'block',
        boxSizing: 'border-box',
        height: 32,
        lineHeight: 30,
        padding: '0 28px 0 8px',
        border: `1px solid ${s.inputBorder}`,
        borderRadius: theme.effects.roundedCorner2,
        background: s.inputBackground,
        color: s.inputText,
        overflow: 'hidden',
        whiteSpace: 'nowrap',
        textOverflow: 'ellipsis',
      },
    ],
    placeholder: { color: s.inputPlaceholderText },
    caretWrapper: { position: 'absolute', top: 1, right: 8, height: 32, lineHeight: 30, pointerEvents: 'none' },
    caret: { color: theme.palette.neutralSecondary, fontSize: theme.fonts.small.fontSize },
  });
};
