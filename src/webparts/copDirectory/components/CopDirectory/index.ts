export { default } from './CopDirectory';
export type { ICopDirectoryProps } from './ICopDirectoryProps';
