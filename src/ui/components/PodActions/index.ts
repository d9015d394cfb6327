export { PodActions } from './PodActions';
export type { IPodActionsProps } from './IPodActionsProps';
