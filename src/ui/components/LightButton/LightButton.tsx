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
  children,
}) => {
  const classes = getLightButtonClassNames(useTheme(), kind);
  return (
    <button
      type="button"
      ref={elementRef as React.Ref<HTMLButtonElement>}
      className={css(classes.root, checked && 'is-checked', className)}
      onClick={onClick}
      disabled={disabled}
      aria-label={ariaLabel}
      aria-pressed={checked}
    >
      {iconName && <FontIcon iconName={iconName} className={classes.icon} aria-hidden />}
      {children ?? text}
    </button>
  );
};
