export { CommunityKnowledge } from './CommunityKnowledge';
export type { ICommunityKnowledgeProps } from './ICommunityKnowledgeProps';
