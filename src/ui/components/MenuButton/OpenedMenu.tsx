import * as React from 'react';
import { ContextualMenu, DirectionalHint, type IContextualMenuItem } from '@fluentui/react/lib/ContextualMenu';

export interface IOpenedMenuProps {
  items: IContextualMenuItem[];
  target: React.RefObject<HTMLElement>;
  onDismiss: () => void;
}

/** Fluent's ContextualMenu under its button, as a Fluent menu button opens it: loaded on first use. */
const OpenedMenu: React.FC<IOpenedMenuProps> = ({ items, target, onDismiss }) => (
  <ContextualMenu items={items} target={target} onDismiss={onDismiss} directionalHint={DirectionalHint.bottomLeftEdge} />
);

export default OpenedMenu;
