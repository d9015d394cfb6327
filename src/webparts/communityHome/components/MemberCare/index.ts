// Its own chunk (cop-member-care): loaded only for the community's gardeners.
export { MemberCare } from './MemberCare';
export type { IMemberCareProps } from './MemberCare';
