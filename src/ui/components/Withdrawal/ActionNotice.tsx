import * as React from 'react';
import * as strings from 'CopHubSharedStrings';
import type { IActionNoticeProps } from './IActionNoticeProps';
import { LightButton } from '../LightButton';
import { Notice } from '../Notice';

/** What the last action did, in words, with Undo when it can be put back. */
export const ActionNotice: React.FC<IActionNoticeProps> = ({ notice, onDismiss, className }) => {
  if (!notice) return null;
  return (
    <Notice
      className={className}
      kind={notice.kind === 'success' ? 'success' : 'error'}
      onDismiss={onDismiss}
      dismissButtonAriaLabel={strings.NoticeClose}
      isMultiline
      actions={
        notice.undo && (
          <LightButton ariaLabel={notice.undo.label} onClick={notice.undo.run}>
            {strings.Undo}
          </LightButton>
        )
      }
    >
      {notice.text}
    </Notice>
  );
};
