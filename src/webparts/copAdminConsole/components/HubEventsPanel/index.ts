export { HubEventsPanel, type IHubEventsPanelProps } from './HubEventsPanel';
