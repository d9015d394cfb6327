import type { CopServices } from '../../../domain/services';

export interface ICopDirectoryProps {
  /** Data access; the web part builds it from its SPFx context, the workbench from the emulator. */
  services: CopServices;
  /** Heading shown above the directory. */
  title: string;
}
