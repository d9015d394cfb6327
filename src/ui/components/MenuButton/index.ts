export { MenuButton } from './MenuButton';
export type { IMenuButtonProps } from './MenuButton';
