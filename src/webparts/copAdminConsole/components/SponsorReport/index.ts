export { SponsorReport } from './SponsorReport';
export type { ISponsorReportProps } from './ISponsorReportProps';
