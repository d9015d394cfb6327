import type { PortfolioRow } from '../../../../domain/portfolio';
import type { DownloadText } from '../../../../ui/download';

export interface IPortfolioProps {
  /** One row per community (see buildPortfolio). */
  rows: PortfolioRow[];
  /** Today, for the export's file name. */
  now: Date;
  /** Saves the CSV export (tests pass their own to see what would be saved). */
  download: DownloadText;
}
