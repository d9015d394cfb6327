import { Log } from '@microsoft/sp-core-library';
import {
  BaseListViewCommandSet,
  type Command,
  type IListViewCommandSetExecuteEventParameters
} from '@microsoft/sp-listview-extensibility';

/** ClientSideComponentProperties of the command set (none are needed yet). */
export type IPodActionsCommandSetProperties = Record<string, never>;

/** The command ids declared in PodActionsCommandSet.manifest.json. */
export const POD_COMMANDS = ['APPROVE_REQUESTS', 'DECLINE_REQUESTS', 'ACCEPT_SUGGESTION', 'LAUNCH_COMMUNITY'] as const;
export type PodCommandId = typeof POD_COMMANDS[number];

const LOG_SOURCE: string = 'PodActionsCommandSet';

export default class PodActionsCommandSet extends BaseListViewCommandSet<IPodActionsCommandSetProperties> {

  public onInit(): Promise<void> {
    Log.info(LOG_SOURCE, 'Initialized PodActionsCommandSet');
    // Hidden by default: visibility is decided per list and selection.
    this._setVisible(() => false);
    this.context.listView.listViewStateChangedEvent.add(this, this._onListViewStateChanged);
    return Promise.resolve();
  }

  public onExecute(event: IListViewCommandSetExecuteEventParameters): void {
    if ((POD_COMMANDS as readonly string[]).indexOf(event.itemId) < 0) {
      throw new Error(`Unknown command: ${event.itemId}`);
    }
    Log.info(LOG_SOURCE, `Command ${event.itemId} on ${event.selectedRows.length} item(s)`);
  }

  private _onListViewStateChanged = (): void => {
    // Visibility is decided per list and selection.
    this._setVisible(() => false);
    this.raiseOnChange();
  };

  private _setVisible(isVisible: (id: PodCommandId) => boolean): void {
    for (const id of POD_COMMANDS) {
      const command: Command | undefined = this.tryGetCommand(id);
      if (command) {
        command.visible = isVisible(id);
      }
    }
  }
}
