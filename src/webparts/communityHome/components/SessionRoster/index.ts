export * from './SessionRoster';
