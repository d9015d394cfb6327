export { CharterSection } from './CharterSection';
export type { ICharterSectionProps } from './CharterSection';
