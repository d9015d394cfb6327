import type { Session } from '../../../domain/rhythm';
import type { DownloadText } from '../../download';

export interface ICalendarButtonProps {
  session: Session;
  text: string;
  ariaLabel: string;
  /** The menu's items: this session, and (for a series) every session in it. */
  thisSession: string;
  wholeSeries: string;
  /** "Add to Outlook" (Outlook on the web's compose link for this session); left out when not given. */
  outlook?: string;
  download: DownloadText;
}
