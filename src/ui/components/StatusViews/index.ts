export * from './StatusViews';
