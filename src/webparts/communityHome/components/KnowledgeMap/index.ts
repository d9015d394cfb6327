export { KnowledgeMap } from './KnowledgeMap';
export type { IKnowledgeMapProps } from './IKnowledgeMapProps';
