export { SuggestPanel } from './SuggestPanel';
export type { ISuggestPanelProps } from './ISuggestPanelProps';
