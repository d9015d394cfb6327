import * as React from 'react';
import type { IDropdownOption, IDropdownProps } from '@fluentui/react/lib/Dropdown';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { useTheme } from '@fluentui/react/lib/Theme';
import { css, getId } from '@fluentui/react/lib/Utilities';
import { getFilterDropdownClassNames } from './FilterDropdown.styles';

type Opened = typeof import('./OpenedDropdown').default;

const loadDropdown = (): Promise<Opened> => import(/* webpackChunkName: 'cop-dropdown-menu' */ './OpenedDropdown').then((m) => m.default);

/** Starts fetching the real Dropdown early; a failure is left for the click to meet (and retry). */
function preload(): void {
  loadDropdown().catch(() => undefined);
}

export type IFilterDropdownProps = Pick<
  IDropdownProps,
  'label' | 'placeholder' | 'multiSelect' | 'selectedKeys' | 'selectedKey' | 'onChange' | 'className' | 'disabled'
> & { label: string; options: IDropdownOption[] };

const OPEN_KEYS = new Set(['Enter', ' ', 'ArrowDown', 'ArrowUp']);

/** The text Fluent's closed Dropdown shows: the chosen options, joined, or the placeholder. */
function chosenText(props: IFilterDropdownProps): string {
  const keys = props.multiSelect
    ? (props.selectedKeys ?? [])
    : props.selectedKey !== undefined && props.selectedKey !== null
      ? [props.selectedKey]
      : [];
  return props.options
    .filter((o) => (keys as Array<string | number>).includes(o.key))
    .map((o) => o.text)
    .join(', ');
}

/**
 * A filter that looks like Fluent's Dropdown from the first render but loads the real one (its menu,
 * Callout and focus handling) only when someone opens it: clicked, or opened from the keyboard as a
 * Dropdown opens. Its chunk starts loading when the pointer or focus reaches the control.
 */
export const FilterDropdown: React.FC<IFilterDropdownProps> = (props) => {
  const [Opened, setOpened] = React.useState<Opened>();
  const alive = React.useRef(true);
  React.useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  const [ids] = React.useState(() => ({ label: getId('filter-label'), title: getId('filter-title') }));
  const classes = getFilterDropdownClassNames(useTheme());
  const text = chosenText(props);
  const face = (onOpen: (() => void) | undefined): JSX.Element => (
    <div className={css(classes.root, props.className)}>
      <label id={ids.label} className={classes.label}>
        {props.label}
      </label>
      <div
        role="combobox"
        tabIndex={props.disabled ? -1 : 0}
        aria-haspopup="listbox"
        aria-expanded={false}
        aria-disabled={props.disabled}
        aria-labelledby={`${ids.label} ${ids.title}`}
        className={classes.dropdown}
        onClick={onOpen}
        onKeyDown={(e) => {
          if (onOpen && OPEN_KEYS.has(e.key)) {
            e.preventDefault();
            onOpen();
          }
        }}
        onMouseEnter={preload}
        onFocus={preload}
      >
        <span id={ids.title} className={css(classes.title, !text && classes.placeholder)}>
          {text || props.placeholder}
        </span>
        <span className={classes.caretWrapper}>
          <FontIcon iconName="ChevronDown" className={classes.caret} aria-hidden />
        </span>
      </div>
    </div>
  );
  if (Opened) return <Opened {...props} openOnMount />;
  // Until the real one is here the face stays; if its chunk can't load, the next click tries again.
  const open = (): void => {
    loadDropdown().then(
      (d) => {
        if (alive.current) setOpened(() => d);
      },
      () => undefined,
    );
  };
  return face(props.disabled ? undefined : open);
};
