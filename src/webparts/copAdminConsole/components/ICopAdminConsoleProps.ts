import type { CopServices } from '../../../domain/services';
import type { DownloadText } from '../../../ui/download';

export interface ICopAdminConsoleProps {
  /** Data access, built by the host (web part or workbench). */
  services: CopServices;
  /** Today (tests fix it); the real clock by default. */
  now?: Date;
  /** Saves a file (the CSV export); tests pass their own. */
  download?: DownloadText;
  /** Opens the print dialog (the sponsor report); tests pass their own. */
  print?: () => void;
  /** The suggestion a notification's link named: the console opens on Queues with that suggestion focused. */
  focusSuggestionId?: number;
}
