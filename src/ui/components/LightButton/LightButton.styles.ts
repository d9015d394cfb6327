import { getFocusStyle, HighContrastSelector, mergeStyleSets, type IStyle, type ITheme } from '@fluentui/react/lib/Styling';

export type LightButtonKind = 'primary' | 'default' | 'action';

export interface ILightButtonClassNames {
  root: string;
  icon: string;
}

/**
 * Fluent's PrimaryButton, DefaultButton and ActionButton looks (sizes, colours, focus ring, forced
 * colours), from the theme's semantic slots as Fluent's own button styles take them.
 */
export const getLightButtonClassNames = (theme: ITheme, kind: LightButtonKind): ILightButtonClassNames => {
  const s = theme.semanticColors;
  const p = theme.palette;
  const common: IStyle = [
    getFocusStyle(theme, { inset: 1, highContrastStyle: { outline: '1px solid WindowText' } }),
    {
      boxSizing: 'border-box',
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      gap: 4,
      fontFamily: 'inherit',
      fontSize: theme.fonts.medium.fontSize,
      textDecoration: 'none',
      whiteSpace: 'nowrap',
      cursor: 'pointer',
      userSelect: 'none',
      selectors: {
        ':disabled': { cursor: 'default' },
        [HighContrastSelector]: { selectors: { ':disabled': { color: 'GrayText', borderColor: 'GrayText' } } },
      },
    },
  ];
  const boxed = (bg: string, fg: string, border: string, hover: [string, string], pressed: [string, string]): IStyle => ({
    height: 32,
    minWidth: 80,
    padding: '0 16px',
    borderRadius: theme.effects.roundedCorner2,
    fontWeight: 600,
    background: bg,
    color: fg,
    border: `1px solid ${border}`,
    selectors: {
      ':hover:not(:disabled)': { background: hover[0], color: hover[1] },
      ':active:not(:disabled)': { background: pressed[0], color: pressed[1] },
      '&.is-checked': { background: s.buttonBackgroundChecked, color: s.buttonTextChecked },
      ':disabled': { background: s.buttonBackgroundDisabled, color: s.buttonTextDisabled, borderColor: s.buttonBackgroundDisabled },
      [HighContrastSelector]: { border: '1px solid WindowText' },
    },
  });
  const look: Record<LightButtonKind, IStyle> = {
    primary: boxed(
      s.primaryButtonBackground,
      s.primaryButtonText,
      s.primaryButtonBackground,
      [s.primaryButtonBackgroundHovered, s.primaryButtonTextHovered],
      [s.primaryButtonBackgroundPressed, s.primaryButtonTextPressed],
    ),
    default: boxed(
      s.buttonBackground,
      s.buttonText,
      s.buttonBorder,
      [s.buttonBackgroundHovered, s.buttonTextHovered],
      [s.buttonBackgroundPressed, s.buttonTextPressed],
    ),
    action: {
      height: 40,
      padding: '0 4px',
      border: '1px solid transparent',
      background: 'transparent',
      color: s.actionLink,
      fontWeight: 400,
      selectors: {
        ':hover:not(:disabled)': { color: p.themePrimary },
        ':hover:not(:disabled) .light-button-icon': { color: p.themePrimary },
        ':disabled': { color: s.disabledText },
      },
    },
  };
  return mergeStyleSets({
    root: [common, look[kind]],
    icon: [
      'light-button-icon',
      { fontSize: 16, margin: '0 4px', height: 16, lineHeight: 16, color: kind === 'action' ? p.themeDarkAlt : 'inherit', flexShrink: 0 },
    ],
  });
};
