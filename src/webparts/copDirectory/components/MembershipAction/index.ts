export { MembershipAction } from './MembershipAction';
export type { IMembershipActionProps } from './IMembershipActionProps';
