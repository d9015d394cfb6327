export { PodCommandRun } from './PodCommandRun';
export type { IPodCommandRunProps } from './IPodCommandRunProps';
export { POD_COMMAND_NAMES, POD_COMMAND_TEXT, podDialogTitle } from './podCommandText';
