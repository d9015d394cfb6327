export { default as QuestionsSection } from './QuestionsSection';
export type { IQuestionsSectionProps } from './QuestionsSection';
