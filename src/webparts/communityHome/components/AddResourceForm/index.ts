export { AddResourceForm } from './AddResourceForm';
export type { IAddResourceFormProps } from './IAddResourceFormProps';
