import { Log } from '@microsoft/sp-core-library';
import { BaseListViewCommandSet, type Command, type IListViewCommandSetExecuteEventParameters } from '@microsoft/sp-listview-extensibility';
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
import { readAudience } from './audience';

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
  /** The services' code and PnPjs load only on CoP Hub's lists (or when a command runs). */
  private services?: Promise<CopServices>;
  /** Nobody until we know who is signed in: commands never show before that. */
  private audience: CommandAudience = NOBODY;

  public onInit(): Promise<void> {
    this.updateVisibility();
    this.context.listView.listViewStateChangedEvent.add(this, this.updateVisibility);
    // Who may see what: the POD team (site owners) everything; gardeners the decisions on requests.
    // Nothing at all on a list that isn't CoP Hub's; on its lists one $batch (see audience.ts).
    this.readAudience().catch((e: unknown) =>
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
    Promise.all([import(/* webpackChunkName: 'pod-command-dialog' */ './PodCommandDialog'), this.loadServices()])
      .then(async ([{ PodCommandDialog }, services]) => {
        const dialog = new PodCommandDialog(command, ids, services);
        await dialog.show();
        // The list view has no refresh API for extensions; reloading shows SharePoint's new state.
        if (dialog.changed) window.location.reload();
      })
      .catch((e: unknown) => Log.error(LOG_SOURCE, e as Error));
  }

  private loadServices = (): Promise<CopServices> =>
    (this.services ??= import(/* webpackChunkName: 'pod-actions-services' */ '../../data/factory').then((m) =>
      m.createServices({ kind: 'spfx', context: this.context }),
    ));

  private async readAudience(): Promise<void> {
    const userId = Number((this.context.pageContext.legacyPageContext as { userId?: unknown } | undefined)?.userId);
    const read = await readAudience(this.context.listView.list?.title, this.loadServices, userId > 0 ? userId : undefined);
    if (!read) return;
    this.audience = read.audience;
    this.updateVisibility();
    if (read.list !== 'memberships' || read.audience.isPodAdmin) return;
    // A gardener sees their own communities' requests: the view filtered to them, once per visit, so
    // clearing the filter sticks.
    const key = `cophub:gardener-filter:${this.context.listView.list?.guid?.toString() ?? ''}`;
    const search = gardenerViewSearch(window.location.search, read.gardened);
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
