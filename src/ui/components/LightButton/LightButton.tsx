import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { useTheme } from '@fluentui/react/lib/Theme';
import { css } from '@fluentui/react/lib/Utilities';
import { getLightButtonClassNames, type LightButtonKind } from './LightButton.styles';

export interface ILightButtonProps {
  /** Fluent's look to take: PrimaryButton, DefaultButton or ActionButton. */
  kind?: LightButtonKind;
  iconName?: string;
  onClick?: () => void;
  disabled?: boolean;
  ariaLabel?: string;
  /** The label, as Fluent's `text` (children win when both are given). */
  text?: string;
  /** A toggle button's state (aria-pressed, and Fluent's is-checked class for styles that use it). */
  checked?: boolean;
  className?: string;
  elementRef?: React.Ref<HTMLElement>;
  /** Whether what the button opens (a menu, a panel below it) is open: aria-expanded. */
  expanded?: boolean;
  /** A button that opens a menu: Fluent's chevron after the label, and aria-haspopup. */
  menu?: boolean;
  /** A form's submit button, or (the default) a plain button. */
  type?: 'button' | 'submit';
  /** Starts fetching what a click will need (a menu's code) when the pointer or focus arrives. */
  onPrepare?: () => void;
  children?: React.ReactNode;
}

/**
 * A plain button in Fluent's look. Fluent's buttons bring their menu (ContextualMenu, Callout,
 * Layer, FocusZone) into whatever renders them; the views everyone opens first draw this instead,
 * so none of that loads before the first cards.
 */
export const LightButton: React.FC<ILightButtonProps> = ({
  kind = 'default',
  iconName,
  onClick,
  disabled,
  ariaLabel,
  text,
  checked,
  className,
  elementRef,
  expanded,
  menu,
  type = 'button',
  onPrepare,
  children,
}) => {
  const classes = getLightButtonClassNames(useTheme(), kind);
  return (
    <button
      type={type}
      ref={elementRef as React.Ref<HTMLButtonElement>}
      className={css(classes.root, checked && 'is-checked', className)}
      onClick={onClick}
      disabled={disabled}
      aria-label={ariaLabel}
      aria-pressed={checked}
      aria-haspopup={menu || undefined}
      aria-expanded={expanded}
      onMouseEnter={onPrepare}
      onFocus={onPrepare}
    >
      {iconName && <FontIcon iconName={iconName} className={classes.icon} aria-hidden />}
      {children ?? text}
      {menu && <FontIcon iconName="ChevronDown" className={classes.icon} aria-hidden />}
    </button>
  );
};
