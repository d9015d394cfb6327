import type { Community, CommunityEvent, Registration } from '../../../../domain/models';
import type {
  IContentService,
  IFeedbackService,
  IPeopleService,
  IRegistrationService,
  ISessionRecordService,
} from '../../../../domain/services';
import type { DownloadText } from '../../../../ui/download';
import type { Preloaded } from '../../../../ui/hooks/preload';

export interface IUpcomingSessionsProps {
  /** Reads the community's events. */
  content: Pick<IContentService, 'events'>;
  /**
   * Given to the community's gardeners only: "Schedule a session" and Edit on each session. SharePoint
   * lets only them (and the POD team) write the community's sessions.
   */
  scheduler?: Pick<IContentService, 'addEvent' | 'updateEvent'>;
  /**
   * The community whose rhythm is shown; its current series' interval (else `rhythmDays`) drives the
   * "no recent session" flag.
   */
  community: Pick<Community, 'id' | 'rhythm' | 'rhythmDays'>;
  /** The community's events, already being read with the rest of the page's first view (used once). */
  preloaded?: Preloaded<CommunityEvent[]>;
  /** The current time; tests pass a fixed one. */
  now?: () => Date;
  /** Saves the .ics file; defaults to a Blob URL download. */
  download?: DownloadText;
  /**
   * Register, Cancel and my standing on each session (issue 17), once my site user id is known;
   * without it the sessions show as before.
   */
  registrations?: {
    service: Pick<IRegistrationService, 'forCommunity' | 'register' | 'cancel'>;
    me: number;
    /** The community's registrations, read with the first view (used once). */
    preloaded?: Preloaded<Registration[]>;
  };
  /**
   * The community's gardeners only (issue 17): who is coming to each session and who waits (with a
   * CSV), and for recent sessions who came, what was discussed and its story. SharePoint lets only
   * them (and POD) write the records.
   */
  gardenerTools?: {
    records: Pick<ISessionRecordService, 'ofCommunity' | 'save'>;
    feedback?: Pick<IFeedbackService, 'ofCommunity'>;
    people: Pick<IPeopleService, 'search'>;
    content: Pick<IContentService, 'addResource'>;
    /** A link back to the community home, for the story. */
    homeLink: string;
  };
  /** Anyone signed in (issue 17): feedback on the recent sessions the gardeners recorded them attending, read when they ask. */
  feedbackTools?: {
    me: number;
    records: Pick<ISessionRecordService, 'ofCommunity'>;
    feedback: Pick<IFeedbackService, 'ofCommunity' | 'give'>;
  };
  /**
   * Told the rhythm in words from the community's series once its events are read ("Every other
   * Thursday, 14:00 — insights session"), undefined where it has none (issue 17): for the charter.
   */
  onSeriesRhythm?: (rhythm: string | undefined) => void;
}
