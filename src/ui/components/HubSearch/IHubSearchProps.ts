import type { HubSearchHit, QuestionHitDetails } from '../../../domain/hubSearch';
import type { IHubSearchService } from '../../../domain/services';

export interface IHubSearchProps {
  /** SharePoint Search over every community's resources and the communities themselves. */
  search: IHubSearchService;
  /** Text to start with (what the person had typed where they opened search). */
  initialText?: string;
  /** The page a community hit opens (its site, or the hub's community page); undefined to show it as text. */
  communityHref: (hit: HubSearchHit) => string | undefined;
  /** The page a question opens (its community's Questions section); undefined to open its own form. */
  questionHref?: (question: QuestionHitDetails) => string | undefined;
  /** Shows a close button that calls this. */
  onClose?: () => void;
  /** Pause in typing before a search is sent (ms); tests shorten it. */
  pauseMs?: number;
}
