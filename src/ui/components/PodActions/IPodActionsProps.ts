import type { AdminListKind, CommandAudience, PodCommandServices } from '../../../domain/podCommands';

export interface IPodActionsProps {
  /** Which hub list the selection is from; decides the commands offered. */
  list: AdminListKind;
  /** Ids of the selected items. */
  selectedIds: readonly number[];
  /** Who is looking (POD team, gardeners): commands they may not use are not shown. */
  audience: CommandAudience;
  /** The services the commands write through. */
  services: PodCommandServices;
  /** Called after a command changed at least one item, so the host reloads its data. */
  onChanged: () => void;
}
