export { MyMembership } from './MyMembership';
export type { IMyMembershipProps } from './IMyMembershipProps';
