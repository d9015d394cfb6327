export { SharedRepertoire } from './SharedRepertoire';
export type { ISharedRepertoireProps } from './ISharedRepertoireProps';
