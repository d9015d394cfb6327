export { HubSearchLauncher, type IHubSearchLauncherProps } from './HubSearchLauncher';
