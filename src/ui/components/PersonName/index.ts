export { PeopleNames, PersonName } from './PersonName';
export type { IPeopleNamesProps, IPersonNameProps } from './IPersonNameProps';
