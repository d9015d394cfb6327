export { FoundingProgress } from './FoundingProgress';
export type { IFoundingProgressProps } from './IFoundingProgressProps';
