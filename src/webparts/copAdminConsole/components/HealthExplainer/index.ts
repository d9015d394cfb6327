export { HealthExplainer } from './HealthExplainer';
export type { IHealthExplainerProps } from './IHealthExplainerProps';
