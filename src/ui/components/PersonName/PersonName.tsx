/**
 * A person's name. Features show people through this component only, so the people adapter
 * (src/people, with person cards) can replace it in one place.
 */
import * as React from 'react';
import { getPersonNameClassNames } from './PersonName.styles';
import type { IPeopleNamesProps, IPersonNameProps } from './IPersonNameProps';

// dir="auto": a name in Arabic or Hebrew reads right to left, and (an isolated bidi run) cannot
// reorder the text around it, even if it carries a direction override character.
export const PersonName: React.FC<IPersonNameProps> = ({ person }) => (
  <span className={getPersonNameClassNames().name} title={person.email || undefined} dir="auto">
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
