export { ActionNotice } from './ActionNotice';
export type { ActionNoticeContent, IActionNoticeProps } from './IActionNoticeProps';
export { WithdrawMembership } from './WithdrawMembership';
export type { IWithdrawMembershipProps } from './IWithdrawMembershipProps';
