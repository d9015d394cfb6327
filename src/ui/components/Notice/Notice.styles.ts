import { HighContrastSelector, mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import type { NoticeKind } from './Notice';

export interface INoticeClassNames {
  root: string;
  content: string;
  icon: string;
  text: string;
  innerText: string;
  dismiss: string;
  actions: string;
}

/** Fluent's MessageBar look (colours from the same semantic slots, sizes and spacing), without its IconButton. */
export const getNoticeClassNames = (theme: ITheme, kind: NoticeKind, multiline: boolean): INoticeClassNames => {
  const s = theme.semanticColors;
  const background = {
    info: s.infoBackground,
    error: s.errorBackground,
    warning: s.warningBackground,
    severeWarning: s.severeWarningBackground,
    success: s.successBackground,
  }[kind];
  const iconColor = {
    info: s.infoIcon,
    error: s.errorIcon,
    warning: s.warningIcon,
    severeWarning: s.severeWarningIcon,
    success: s.successIcon,
  }[kind];
  return mergeStyleSets({
    root: {
      background,
      color: s.messageText,
      minHeight: 32,
      width: '100%',
      display: 'flex',
      flexDirection: 'column',
      wordBreak: 'break-word',
      fontSize: theme.fonts.small.fontSize,
      selectors: {
        '.ms-Link, a': { color: s.messageLink, fontSize: 'inherit' },
        [HighContrastSelector]: { background: 'Window', border: '1px solid WindowText', color: 'WindowText' },
      },
    },
    content: { display: 'flex', width: '100%', lineHeight: 'normal' },
    icon: { fontSize: 16, minWidth: 16, minHeight: 16, display: 'flex', flexShrink: 0, margin: '8px 0 8px 12px', color: iconColor },
    text: { minWidth: 0, display: 'flex', flexGrow: 1, margin: 8, lineHeight: 16 },
    innerText: multiline ? { whiteSpace: 'normal' } : { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
    dismiss: {
      flexShrink: 0,
      width: 32,
      minHeight: 32,
      padding: 0,
      border: 'none',
      background: 'transparent',
      color: s.messageText,
      fontSize: 10,
      cursor: 'pointer',
      selectors: { ':hover': { background: 'rgba(0, 0, 0, 0.05)' }, [HighContrastSelector]: { color: 'WindowText' } },
    },
    actions: multiline
      ? { display: 'flex', flexDirection: 'row-reverse', alignItems: 'center', gap: 8, margin: '0 12px 12px 8px' }
      : { display: 'flex', alignItems: 'center', gap: 8, margin: '0 12px 0 8px' },
  });
};
