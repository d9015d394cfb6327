// The form's own chunk (cop-charter-form): loaded when a gardener first opens it.
export { CharterForm } from './CharterForm';
export type { ICharterFormProps } from './CharterForm';
