import * as React from 'react';
import { MessageBarButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import * as strings from 'CopHubSharedStrings';
import type { IActionNoticeProps } from './IActionNoticeProps';

/** What the last action did, in words, with Undo when it can be put back. */
export const ActionNotice: React.FC<IActionNoticeProps> = ({ notice, onDismiss, className }) => {
  if (!notice) return null;
  return (
    <MessageBar
      className={className}
      messageBarType={notice.kind === 'success' ? MessageBarType.success : MessageBarType.error}
      onDismiss={onDismiss}
      dismissButtonAriaLabel={strings.NoticeClose}
      isMultiline
      actions={
        notice.undo && (
          <MessageBarButton ariaLabel={notice.undo.label} onClick={notice.undo.run}>
            {strings.Undo}
          </MessageBarButton>
        )
      }
    >
      {notice.text}
    </MessageBar>
  );
};
