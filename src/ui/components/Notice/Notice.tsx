import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { useTheme } from '@fluentui/react/lib/Theme';
import { css } from '@fluentui/react/lib/Utilities';
import { getNoticeClassNames } from './Notice.styles';

export type NoticeKind = 'info' | 'error' | 'warning' | 'severeWarning' | 'success';

export interface INoticeProps {
  kind?: NoticeKind;
  /** As Fluent's MessageBar: alert for errors and severe warnings, status otherwise, unless given. */
  role?: 'alert' | 'status' | 'none';
  onDismiss?: () => void;
  dismissButtonAriaLabel?: string;
  isMultiline?: boolean;
  actions?: React.ReactNode;
  className?: string;
  children?: React.ReactNode;
}

const ICON: Record<NoticeKind, string> = {
  info: 'Info',
  error: 'ErrorBadge',
  warning: 'Info',
  severeWarning: 'Warning',
  success: 'Completed',
};

/**
 * A message bar in Fluent's MessageBar look and semantics (the role and live region on the text,
 * actions below a multi-line message, a dismiss button). Fluent's own brings its IconButton, and with
 * it Button's menu code, into every view that can show a notice; this one is a few plain elements.
 */
export const Notice: React.FC<INoticeProps> = ({
  kind = 'info',
  role,
  onDismiss,
  dismissButtonAriaLabel,
  isMultiline = true,
  actions,
  className,
  children,
}) => {
  const classes = getNoticeClassNames(useTheme(), kind, isMultiline);
  const alert = kind === 'error' || kind === 'severeWarning';
  const r = role ?? (alert ? 'alert' : 'status');
  return (
    <div className={css(classes.root, className)}>
      <div className={classes.content}>
        <FontIcon iconName={ICON[kind]} className={classes.icon} aria-hidden />
        <div
          className={classes.text}
          role={r === 'none' ? undefined : r}
          aria-live={r === 'none' ? undefined : alert ? 'assertive' : 'polite'}
        >
          <span className={classes.innerText}>{children}</span>
        </div>
        {!isMultiline && actions && <div className={classes.actions}>{actions}</div>}
        {onDismiss && (
          <button type="button" className={classes.dismiss} aria-label={dismissButtonAriaLabel} onClick={onDismiss}>
            <FontIcon iconName="Clear" aria-hidden />
          </button>
        )}
      </div>
      {isMultiline && actions && <div className={classes.actions}>{actions}</div>}
    </div>
  );
};
