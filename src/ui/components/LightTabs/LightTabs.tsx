import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { css } from '@fluentui/react/lib/Utilities';
import { useId } from '../../hooks/useId';
import { getLightTabsClassNames } from './LightTabs.styles';

export interface ILightTab {
  key: string;
  text: string;
}

export interface ILightTabsProps {
  ariaLabel: string;
  tabs: ILightTab[];
  selectedKey: string;
  onSelect: (key: string) => void;
  className?: string;
  /** The selected tab's content: only it is drawn, as Pivot does. */
  children?: React.ReactNode;
}

/**
 * Tabs in Fluent's Pivot look and semantics (a tablist of tabs, the selected one's panel), without
 * Pivot's overflow menu, which brings Button, ContextualMenu and FocusZone into the first view.
 * The arrow keys, Home and End move between tabs; Enter, Space or a click opens one.
 */
export const LightTabs: React.FC<ILightTabsProps> = ({ ariaLabel, tabs, selectedKey, onSelect, className, children }) => {
  const base = useId('tabs');
  const classes = getLightTabsClassNames(useTheme());
  const refs = React.useRef<Array<HTMLButtonElement | null>>([]);
  const tabId = (key: string): string => `${base}-tab-${key}`;
  const onKeyDown = (e: React.KeyboardEvent, i: number): void => {
    const last = tabs.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? i === last
          ? 0
          : i + 1
        : e.key === 'ArrowLeft'
          ? i === 0
            ? last
            : i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : -1;
    if (next < 0) return;
    e.preventDefault();
    refs.current[next]?.focus();
  };
  const current = tabs.some((t) => t.key === selectedKey) ? selectedKey : tabs[0]?.key;
  return (
    <div className={css(classes.root, className)}>
      <div role="tablist" aria-label={ariaLabel} className={classes.list}>
        {tabs.map((t, i) => (
          <button
            key={t.key}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={tabId(t.key)}
            aria-selected={t.key === current}
            tabIndex={t.key === current ? 0 : -1}
            className={css(classes.tab, t.key === current && classes.selected)}
            onClick={() => onSelect(t.key)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t.text}
          </button>
        ))}
      </div>
      {current !== undefined && (
        <div role="tabpanel" aria-labelledby={tabId(current)} className={classes.panel}>
          {children}
        </div>
      )}
    </div>
  );
};
