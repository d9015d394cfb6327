export { CommunityResults } from './CommunityResults';
export type { ICommunityResultsProps } from './ICommunityResultsProps';
