export { Portfolio } from './Portfolio';
export type { IPortfolioProps } from './IPortfolioProps';
