export { LazyQuestions } from './lazy';
export type { IQuestionsTabProps } from './QuestionsTab';
