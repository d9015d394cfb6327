export * from './LightButton';
