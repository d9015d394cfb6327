export { TeamLink } from './TeamLink';
export type { ITeamLinkProps } from './ITeamLinkProps';
