/**
 * A person's name. Features show people through this component only, so the people adapter
 * (src/people, with person cards) can replace it in one place.
 */
import * as React from 'react';
import { getPersonNameClassNames } from './PersonName.styles';
import type { IPeopleNamesProps, IPersonNameProps } from './IPersonNameProps';

export const PersonName: React.FC<IPersonNameProps> = ({ person }) => (
  <span className={getPersonNameClassNames().name} title={person.email || undefined}>
    {person.displayName}
  </span>
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
