import type { CopServices } from '../../../domain/services';
import type { DownloadText } from '../../../ui/download';

export interface IMyCommunitiesProps {
  /** Data access, built by the host (web part, Teams personal app, or workbench). */
  services: CopServices;
  /** The directory page, for "find a community" ('' hides the link). */
  directoryUrl?: string;
  /** The hub's community page with `{id}` for the community, used when a community has no site. */
  communityPageUrl?: string;
  /** The clock, for upcoming sessions (tests pass a fixed one). */
  now?: () => Date;
  /** Saves a file (the .ics of a session); tests pass their own. */
  download?: DownloadText;
}
