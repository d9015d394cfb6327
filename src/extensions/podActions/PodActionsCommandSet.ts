import { Log } from '@microsoft/sp-core-library';
import { BaseListViewCommandSet, type Command, type IListViewCommandSetExecuteEventParameters } from '@microsoft/sp-listview-extensibility';
import { createServices } from '../../data/factory';
import {
  gardenerViewSearch,
  isPodCommand,
  POD_COMMAND_IDS,
  visibleCommands,
  type CommandAudience,
  type PodCommandId,
} from '../../domain/podCommands';
import type { CopServices } from '../../domain/services';
import { adminListKind } from '../../schema/adminLists';

/** ClientSideComponentProperties of the command set (none are needed). */
export type IPodActionsCommandSetProperties = Record<string, never>;

/** The command ids declared in PodActionsCommandSet.manifest.json. */
export const POD_COMMANDS = POD_COMMAND_IDS;

const LOG_SOURCE = 'PodActionsCommandSet';
const NOBODY: CommandAudience = { isPodAdmin: false, gardenerOf: [] };

/**
 * POD actions on the hub's lists. Glue only: which commands show and what they do live in
 * src/domain/podCommands.ts (tested without SPFx, and shared with the workbench's list view page).
 */
export default class PodActionsCommandSet extends BaseListViewCommandSet<IPodActionsCommandSetProperties> {
  private services!: CopServices;
  /** Nobody until we know who is signed in: commands never show before that. */
  private audience: CommandAudience = NOBODY;

  public onInit(): Promise<void> {
    this.services = createServices({ kind: 'spfx', context: this.context });
    this.updateVisibility();
    this.context.listView.listViewStateChangedEvent.add(this, this.updateVisibility);
    // Who may see what: the POD team (site owners) everything; gardeners the decisions on requests.
    // Only on the lists with commands; the communities are read only for a gardener on Memberships,
    // and then only the ones they garden (one filtered read, not every community).
    const list = adminListKind(this.context.listView.list?.title);
    if (list)
      this.readAudience(list === 'memberships').catch((e: unknown) =>
        Log.warn(LOG_SOURCE, `Could not tell who is signed in; POD actions stay hidden. ${String(e)}`),
      );
    return Promise.resolve();
  }

  public onExecute(event: IListViewCommandSetExecuteEventParameters): void {
    if (!isPodCommand(event.itemId)) throw new Error(`Unknown command: ${event.itemId}`);
    const command = event.itemId;
    const ids = event.selectedRows.map((r) => Number(r.getValueByName('ID'))).filter((n) => Number.isInteger(n) && n > 0);
    // The dialog (React, Fluent, the command logic) loads only when someone runs a command, so every
    // list view of the hub stays light.
    import(/* webpackChunkName: 'pod-command-dialog' */ './PodCommandDialog')
      .then(async ({ PodCommandDialog }) => {
        const dialog = new PodCommandDialog(command, ids, this.services);
        await dialog.show();
        // The list view has no refresh API for extensions; reloading shows SharePoint's new state.
        if (dialog.changed) window.location.reload();
      })
      .catch((e: unknown) => Log.error(LOG_SOURCE, e as Error));
  }

  private async readAudience(memberships: boolean): Promise<void> {
    const me = await this.services.people.me();
    if (me.isPodAdmin || !memberships) {
      this.audience = { isPodAdmin: me.isPodAdmin, gardenerOf: [] };
      this.updateVisibility();
      return;
    }
    const gardened = await this.services.communities.gardenedBy(me.id);
    this.audience = { isPodAdmin: false, gardenerOf: gardened.map((c) => c.id) };
    this.updateVisibility();
    // A gardener sees their own communities' requests: the view filtered to them, once per visit, so
    // clearing the filter sticks.
    const key = `cophub:gardener-filter:${this.context.listView.list?.guid?.toString() ?? ''}`;
    const search = gardenerViewSearch(window.location.search, gardened);
    if (!search) return;
    let filteredBefore = true;
    try {
      filteredBefore = window.sessionStorage.getItem(key) === '1';
      window.sessionStorage.setItem(key, '1');
    } catch {
      // Storage blocked: without a way to remember, the view is left as the person chose it.
    }
    if (!filteredBefore) window.location.replace(`${window.location.pathname}${search}${window.location.hash}`);
  }

  private updateVisibility = (): void => {
    const list = adminListKind(this.context.listView.list?.title);
    const visible = new Set<PodCommandId>(visibleCommands(list, this.context.listView.selectedRows?.length ?? 0, this.audience));
    for (const id of POD_COMMANDS) {
      const command: Command | undefined = this.tryGetCommand(id);
      if (command) command.visible = visible.has(id);
    }
    this.raiseOnChange();
  };
}
