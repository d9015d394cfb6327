export { CommunityReport, SponsorReport } from './SponsorReport';
export type { ICommunityReportProps, ISponsorReportProps } from './ISponsorReportProps';
