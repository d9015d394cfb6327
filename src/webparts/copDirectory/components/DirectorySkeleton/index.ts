export { DirectorySkeleton } from './DirectorySkeleton';
export type { IDirectorySkeletonProps } from './IDirectorySkeletonProps';
