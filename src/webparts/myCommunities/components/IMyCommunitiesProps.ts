import type { CopServices } from '../../../domain/services';

export interface IMyCommunitiesProps {
  /** Data access, built by the host (web part, Teams personal app, or workbench). */
  services: CopServices;
}
