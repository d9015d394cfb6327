export * from './SetupGate';
