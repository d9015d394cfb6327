import type { Community } from '../../../../domain/models';
import type { IContentService } from '../../../../domain/services';
import type { DownloadText } from '../../../../ui/download';

export interface IUpcomingSessionsProps {
  /** Reads the community's events. */
  content: Pick<IContentService, 'events'>;
  /** The community whose rhythm is shown; `rhythmDays` drives the "no recent session" flag. */
  community: Pick<Community, 'id' | 'rhythm' | 'rhythmDays'>;
  /** The current time; tests pass a fixed one. */
  now?: () => Date;
  /** Saves the .ics file; defaults to a Blob URL download. */
  download?: DownloadText;
}
