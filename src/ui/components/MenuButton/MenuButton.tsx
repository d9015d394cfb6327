import * as React from 'react';
import type { IContextualMenuItem } from '@fluentui/react/lib/ContextualMenu';
import * as shared from 'CopHubSharedStrings';
import { LightButton, type ILightButtonProps } from '../LightButton';
import { Notice } from '../Notice';

type Opened = typeof import('./OpenedMenu').default;

const loadMenu = (): Promise<Opened> => import(/* webpackChunkName: 'cop-button-menu' */ './OpenedMenu').then((m) => m.default);

export interface IMenuButtonProps extends Omit<ILightButtonProps, 'onClick' | 'menu' | 'expanded' | 'onPrepare'> {
  /** The menu's items, or a promise of them when they need code of their own (loaded with the menu). */
  items: () => IContextualMenuItem[] | Promise<IContextualMenuItem[]>;
  /** Starts fetching what the items need, with the menu's code, when the pointer or focus arrives. */
  prepare?: () => Promise<unknown>;
}

/**
 * A button in Fluent's look that opens a Fluent ContextualMenu, as DefaultButton's menuProps does
 * (chevron, aria-haspopup, aria-expanded, Enter, Space or a click). The menu's code (ContextualMenu,
 * Callout, Layer, FocusZone) loads when the pointer or focus reaches the button, not with the view.
 */
export const MenuButton: React.FC<IMenuButtonProps> = ({ items, prepare, ...button }) => {
  const [open, setOpen] = React.useState<{ Menu: Opened; items: IContextualMenuItem[] }>();
  const [failed, setFailed] = React.useState(false);
  const target = React.useRef<HTMLElement>(null);
  const alive = React.useRef(true);
  const asked = React.useRef(false);
  React.useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  const warm = (): void => {
    Promise.all([loadMenu(), prepare?.()]).catch(() => undefined); // a failure is met (and shown) by the click
  };
  const toggle = (): void => {
    if (open || asked.current) {
      asked.current = false;
      setOpen(undefined);
      return;
    }
    asked.current = true;
    Promise.all([loadMenu(), items()]).then(
      ([Menu, list]) => {
        if (!alive.current || !asked.current) return;
        setFailed(false);
        setOpen({ Menu, items: list });
      },
      () => {
        asked.current = false;
        if (alive.current) setFailed(true);
      },
    );
  };
  const close = (): void => {
    asked.current = false;
    setOpen(undefined);
  };
  return (
    <>
      <LightButton {...button} elementRef={target} menu expanded={open !== undefined} onPrepare={warm} onClick={toggle} />
      {failed && (
        <Notice kind="error" onDismiss={() => setFailed(false)} dismissButtonAriaLabel={shared.NoticeClose}>
          {shared.NetworkError}
        </Notice>
      )}
      {open && <open.Menu items={open.items} target={target} onDismiss={close} />}
    </>
  );
};
