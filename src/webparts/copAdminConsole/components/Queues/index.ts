export { Queues } from './Queues';
export type { IQueuesProps } from './IQueuesProps';
