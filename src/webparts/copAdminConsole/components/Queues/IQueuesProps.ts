import type { CopServices } from '../../../../domain/services';
import type { PodCommandServices } from '../../../../domain/podCommands';
import type { ConsoleData } from '../../hooks/useConsoleData';

export interface IQueuesProps {
  /** What the console read (the communities); the queues read their own items when opened. */
  data: ConsoleData;
  /** The services the queues read through and the bulk actions write through. */
  services: PodCommandServices & Pick<CopServices, 'content'>;
  /** Called after an action changed something, so the console reads again. */
  onChanged: () => void;
  /** The suggestion a notification's link named: its row is highlighted and takes focus. */
  focusSuggestionId?: number;
  /** Changes when the console reads again, so the queues read again too. */
  version?: number;
}
