export { ProgrammeContactView } from './ProgrammeContact';
export type { IProgrammeContactProps } from './IProgrammeContactProps';
