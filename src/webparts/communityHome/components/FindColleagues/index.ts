export { FindColleagues } from './FindColleagues';
export type { IFindColleaguesProps } from './IFindColleaguesProps';
