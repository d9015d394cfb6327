/**
 * A person. Features show people through this component only; it hands them to the people adapter
 * (src/people), which shows the name and, where the page has Graph, photo, presence and contact card.
 */
import * as React from 'react';
import { PersonCard } from '../../../people';
import { getPersonNameClassNames } from './PersonName.styles';
import type { IPeopleNamesProps, IPersonNameProps } from './IPersonNameProps';

export const PersonName: React.FC<IPersonNameProps> = ({ person, eager }) => (
  <PersonCard person={person} eager={eager} nameClassName={getPersonNameClassNames().name} />
);

export const PeopleNames: React.FC<IPeopleNamesProps> = ({ people, emptyText }) => {
  if (people.length === 0) return <>{emptyText}</>;
  return (
    <>
      {people.map((p, i) => (
        <React.Fragment key={p.id}>
          {i > 0 && ', '}
          <PersonName person={p} />
        </React.Fragment>
      ))}
    </>
  );
};
