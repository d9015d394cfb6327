export { PersonCard } from './PersonCard';
export type { IPersonCardProps } from './PersonCard';
export { configurePeople, peopleHost } from './peopleHost';
export type { PeopleHost } from './peopleHost';
