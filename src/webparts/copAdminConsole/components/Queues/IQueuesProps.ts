import type { PodCommandServices } from '../../../../domain/podCommands';
import type { AdminData } from '../../hooks/useAdminData';

export interface IQueuesProps {
  /** What the console read (communities, memberships, suggestions, counts). */
  data: AdminData;
  /** The services the bulk actions write through. */
  services: PodCommandServices;
  /** Called after an action changed something, so the console reads again. */
  onChanged: () => void;
  /** The suggestion a notification's link named: its row is highlighted and takes focus. */
  focusSuggestionId?: number;
}
