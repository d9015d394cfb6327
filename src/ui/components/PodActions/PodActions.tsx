import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogType } from '@fluentui/react/lib/Dialog';
import * as strings from 'CopHubSharedStrings';
import { visibleCommands, type PodCommandId } from '../../../domain/podCommands';
import { fill } from '../../format';
import { POD_COMMAND_NAMES, PodCommandRun, podDialogTitle } from '../PodCommandRun';
import type { IPodActionsProps } from './IPodActionsProps';
import { classes } from './PodActions.styles';

/**
 * The command set's commands as a toolbar over a selection: the same commands, for the same people,
 * as the SharePoint list view shows. Each opens a dialog that runs it and reports every item.
 */
export const PodActions: React.FC<IPodActionsProps> = ({ list, selectedIds, audience, services, onChanged }) => {
  const [open, setOpen] = React.useState<{ command: PodCommandId; ids: number[] } | undefined>();
  const commands = visibleCommands(list, selectedIds.length, audience);
  const close = (changed: boolean): void => {
    setOpen(undefined);
    if (changed) onChanged();
  };
  return (
    <div className={classes.bar} role="toolbar" aria-label={strings.PodActionsLabel}>
      {commands.map((c) => (
        <DefaultButton key={c} onClick={() => setOpen({ command: c, ids: [...selectedIds] })}>
          {POD_COMMAND_NAMES[c]}
        </DefaultButton>
      ))}
      {selectedIds.length > 0 && <span className={classes.count}>{fill(strings.PodSelectedCount, selectedIds.length)}</span>}
      {open && (
        <Dialog
          hidden={false}
          onDismiss={() => close(false)}
          dialogContentProps={{ type: DialogType.normal, showCloseButton: false, title: podDialogTitle(open.command, open.ids.length) }}
          modalProps={{ isBlocking: true }}
          minWidth={420}
        >
          <PodCommandRun command={open.command} itemIds={open.ids} services={services} onClose={close} />
        </Dialog>
      )}
    </div>
  );
};
