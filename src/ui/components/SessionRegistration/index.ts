export * from './SessionRegistration';
