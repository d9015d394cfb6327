export * from './NotifyNotice';
export type { INotifyNoticeProps } from './INotifyNoticeProps';
