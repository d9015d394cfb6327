import type { CopServices } from '../../../../domain/services';
import type { ConsoleData } from '../../hooks/useConsoleData';

export interface ILaunchPanelProps {
  /** What the console read (the forming communities); the chosen one's pledges are read here. */
  data: ConsoleData;
  /** Data access: its pledges, finding and linking the group, and launching. */
  services: CopServices;
  /** Called after something changed, so the console reads again. */
  onChanged: () => void;
  /** Changes when the console reads again, so the pledges are read again too. */
  version?: number;
}
