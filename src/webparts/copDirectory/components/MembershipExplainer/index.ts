export { MembershipExplainer } from './MembershipExplainer';
export type { IMembershipExplainerProps } from './IMembershipExplainerProps';
