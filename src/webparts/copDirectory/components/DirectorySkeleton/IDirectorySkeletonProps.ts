import type { DirectoryLayout } from '../../../../domain/directoryUrl';

export interface IDirectorySkeletonProps {
  /** The layout about to show, so the skeleton has its shape. */
  layout: DirectoryLayout;
  /** How many placeholder cards or rows. */
  count?: number;
}
