export { CommunityCard } from './CommunityCard';
export type { ICommunityCardProps } from './ICommunityCardProps';
