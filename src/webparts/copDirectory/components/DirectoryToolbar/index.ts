export { DirectoryToolbar } from './DirectoryToolbar';
export type { IDirectoryToolbarProps } from './IDirectoryToolbarProps';
