export { TeamReconcile } from './TeamReconcile';
export type { ITeamReconcileProps } from './ITeamReconcileProps';
