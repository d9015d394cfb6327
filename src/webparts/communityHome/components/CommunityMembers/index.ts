export { CommunityMembers } from './CommunityMembers';
export type { ICommunityMembersProps } from './ICommunityMembersProps';
