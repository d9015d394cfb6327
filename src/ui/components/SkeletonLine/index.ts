export { SkeletonLine } from './SkeletonLine';
export type { ISkeletonLineProps } from './SkeletonLine';
