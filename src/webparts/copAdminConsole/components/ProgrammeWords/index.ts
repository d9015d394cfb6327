export { ProgrammeWords } from './ProgrammeWords';
