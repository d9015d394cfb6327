import type { Community } from '../../../../domain/models';
import type { CopServices, IAdminService } from '../../../../domain/services';
import type { DownloadText } from '../../../../ui/download';

export interface IPortfolioProps {
  /** Every community (the Communities list); the figures are read a page at a time. */
  communities: Community[];
  /** Reads the figures of the communities on one page. */
  admin: Pick<IAdminService, 'portfolioPage'>;
  /** What the whole-portfolio export reads through. */
  services: CopServices;
  /** Today: the rhythm and review dates are measured to it, and it names the export. */
  now: Date;
  /** Saves the CSV export (tests pass their own to see what would be saved). */
  download: DownloadText;
  /** Changes when the console reads again (after setup or an action), so the page's figures are read again. */
  version?: number;
}
