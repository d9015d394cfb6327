import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { HighContrastSelector, mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';

export interface ISearchFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  maxLength?: number;
  className?: string;
}

const getClassNames = (theme: ITheme): Record<'label' | 'group' | 'input' | 'icon', string> => {
  const s = theme.semanticColors;
  return mergeStyleSets({
    label: { display: 'block', padding: '5px 0', fontSize: theme.fonts.medium.fontSize, fontWeight: 600, color: s.bodyText },
    group: {
      position: 'relative',
      display: 'flex',
      boxSizing: 'border-box',
      height: 32,
      border: `1px solid ${s.inputBorder}`,
      borderRadius: theme.effects.roundedCorner2,
      background: s.inputBackground,
      selectors: {
        ':hover': { borderColor: s.inputBorderHovered },
        ':focus-within': { borderColor: s.inputFocusBorderAlt, boxShadow: `inset 0 0 0 1px ${s.inputFocusBorderAlt}` },
        [HighContrastSelector]: { selectors: { ':focus-within': { borderColor: 'Highlight' } } },
      },
    },
    input: {
      flex: 1,
      minWidth: 0,
      padding: '0 32px 0 8px',
      border: 'none',
      outline: 0,
      background: 'transparent',
      color: s.inputText,
      fontFamily: 'inherit',
      fontSize: theme.fonts.medium.fontSize,
      selectors: { '::placeholder': { color: s.inputPlaceholderText, opacity: 1 } },
    },
    icon: {
      position: 'absolute',
      right: 8,
      bottom: 7,
      fontSize: 16,
      lineHeight: 16,
      color: theme.palette.neutralSecondary,
      pointerEvents: 'none',
    },
  });
};

/**
 * A labelled search box in the look of Fluent's TextField with a search icon. TextField brings its
 * Icon (and Image) code and its own state handling; a view's first render needs only the box.
 */
export const SearchField: React.FC<ISearchFieldProps> = ({ label, value, onChange, placeholder, maxLength, className }) => {
  const classes = getClassNames(useTheme());
  const [id] = React.useState(() => getId('search-field'));
  return (
    <div className={className}>
      <label htmlFor={id} className={classes.label}>
        {label}
      </label>
      <div className={classes.group}>
        <input
          id={id}
          type="search"
          className={classes.input}
          value={value}
          placeholder={placeholder}
          maxLength={maxLength}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
        />
        <FontIcon iconName="Search" className={classes.icon} aria-hidden />
      </div>
    </div>
  );
};
