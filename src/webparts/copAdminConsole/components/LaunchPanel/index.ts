export { LaunchPanel } from './LaunchPanel';
export type { ILaunchPanelProps } from './ILaunchPanelProps';
