export { JoinDialog } from './JoinDialog';
export type { IJoinDialogProps } from './IJoinDialogProps';
