export { FoundingProgress } from './FoundingProgress';
export type { IFoundingProgressProps } from './IFoundingProgressProps';
export { PledgeButton } from './PledgeButton';
export type { IPledgeButtonProps } from './PledgeButton';
