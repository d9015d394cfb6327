export { HubSessionList, type IHubSessionListProps } from './HubSessionList';
