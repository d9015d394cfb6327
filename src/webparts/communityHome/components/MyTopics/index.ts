export { MyTopics } from './MyTopics';
export type { IMyTopicsProps } from './IMyTopicsProps';
