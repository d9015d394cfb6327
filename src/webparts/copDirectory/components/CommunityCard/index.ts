export { CommunityCard, STATUS_TEXT } from './CommunityCard';
export type { ICommunityCardProps } from './ICommunityCardProps';
