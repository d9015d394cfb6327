import type { CopServices } from '../../../../domain/services';
import type { AdminData } from '../../hooks/useAdminData';

export interface ILaunchPanelProps {
  /** What the console read (forming communities and their pledges). */
  data: AdminData;
  /** Data access: finding and linking the group, and launching. */
  services: CopServices;
  /** Called after something changed, so the console reads again. */
  onChanged: () => void;
}
