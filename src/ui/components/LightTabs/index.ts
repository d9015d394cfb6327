export { LightTabs } from './LightTabs';
export type { ILightTab, ILightTabsProps } from './LightTabs';
