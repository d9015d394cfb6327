export * from './NotificationSettings';
