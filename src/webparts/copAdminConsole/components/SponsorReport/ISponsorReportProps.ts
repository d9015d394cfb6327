import type { AdminData } from '../../hooks/useAdminData';

export interface ISponsorReportProps {
  /** What the console read. */
  data: AdminData;
  /** The end of the report's period. */
  now: Date;
  /** Opens the browser's print dialog (tests pass their own). */
  print?: () => void;
}
