export { MyQuestions } from './MyQuestions';
