import type { Community, CurrentUser } from '../../../../domain/models';
import type { IAdminService } from '../../../../domain/services';
import type { UrlStateStore } from '../../../../ui/hooks/urlState';
import type { ConsoleData } from '../../hooks/useConsoleData';

export interface ISponsorReportProps {
  /** What the console read. */
  data: ConsoleData;
  /** Reads each chosen community's report data (with its members' status over time). */
  admin: Pick<IAdminService, 'reportData'>;
  /** Today: the last month a period may reach. */
  now: Date;
  /** Opens the browser's print dialog (tests pass their own). */
  print?: () => void;
}

export interface ICommunityReportProps {
  community: Community;
  /** Who is reading: the community's sponsor and the POD team may. */
  me: Pick<CurrentUser, 'id' | 'isPodAdmin'>;
  admin: Pick<IAdminService, 'reportData'>;
  now: Date;
  /** Where the period is kept in the page address (the browser's by default). */
  urlState?: UrlStateStore;
  print?: () => void;
  /** Puts text on the clipboard (tests pass their own). */
  copy?: (text: string) => Promise<void>;
  /** The full address of this page with the given query string. */
  linkFor?: (search: string) => string;
}
