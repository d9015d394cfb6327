export { SessionForm } from './SessionForm';
export type { ISessionFormProps } from './SessionForm';
