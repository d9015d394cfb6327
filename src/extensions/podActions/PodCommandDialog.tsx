import * as React from 'react';
import * as ReactDom from 'react-dom';
import { BaseDialog, type IDialogConfiguration } from '@microsoft/sp-dialog';
import { Text } from '@fluentui/react/lib/Text';
import type { PodCommandId, PodCommandServices } from '../../domain/podCommands';
import { PodCommandRun, podDialogTitle } from '../../ui/components/PodCommandRun';

/**
 * SharePoint's dialog around one command run (reason, progress, per-item results). `changed` tells
 * the command set whether to refresh the list view afterwards.
 */
export class PodCommandDialog extends BaseDialog {
  public changed = false;

  constructor(
    private readonly command: PodCommandId,
    private readonly itemIds: number[],
    private readonly services: PodCommandServices,
  ) {
    super({ isBlocking: true });
  }

  public render(): void {
    ReactDom.render(
      <div style={{ padding: 24, minWidth: 420, maxWidth: 560 }}>
        <Text as="h2" variant="large" block>
          {podDialogTitle(this.command, this.itemIds.length)}
        </Text>
        <PodCommandRun
          command={this.command}
          itemIds={this.itemIds}
          services={this.services}
          onClose={(changed) => {
            this.changed = changed;
            this.close().catch(() => undefined);
          }}
        />
      </div>,
      this.domElement,
    );
  }

  public getConfig(): IDialogConfiguration {
    return { isBlocking: true };
  }

  protected onAfterClose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
    super.onAfterClose();
  }
}
