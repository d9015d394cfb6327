export { UpcomingSessions } from './UpcomingSessions';
export type { IUpcomingSessionsProps } from './IUpcomingSessionsProps';
