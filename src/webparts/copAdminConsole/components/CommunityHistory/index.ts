export { CommunityHistory } from './CommunityHistory';
export type { ICommunityHistoryProps } from './ICommunityHistoryProps';
