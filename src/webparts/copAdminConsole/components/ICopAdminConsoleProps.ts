import type { CopServices } from '../../../domain/services';

export interface ICopAdminConsoleProps {
  /** Data access, built by the host (web part or workbench). */
  services: CopServices;
}
