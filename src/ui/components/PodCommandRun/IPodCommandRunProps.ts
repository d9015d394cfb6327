import type { PodCommandId, PodCommandServices } from '../../../domain/podCommands';

export interface IPodCommandRunProps {
  /** The command to run. */
  command: PodCommandId;
  /** Ids of the selected list items. */
  itemIds: readonly number[];
  /** The services the command writes through (SharePoint decides whether each write is allowed). */
  services: PodCommandServices;
  /** Called when the person closes; `changed` is true when at least one item changed. */
  onClose: (changed: boolean) => void;
}
