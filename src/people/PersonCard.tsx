/**
 * The people adapter's one component: a person's name, which becomes Microsoft Graph Toolkit's
 * person (photo, presence, contact card) once a page has a Graph provider. Features never import
 * MGT; they show people through PersonName (src/ui), which renders this. Replacing MGT (retired in
 * August 2026) means replacing the lazy chunk behind it, nothing else.
 *
 * MGT loads lazily, in its own chunk, and only when it is useful: at once for `eager` lists that
 * are not a page's first view (the members tab), otherwise when someone points at, focuses or
 * clicks the name. The name is shown throughout, so nothing jumps or disappears while it loads.
 */
import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Person } from '../domain/models';
import { peopleHost } from './peopleHost';

// Nothing of MGT is imported here: the first render of every web part stays free of it. The lazy
// chunk sets MGT's tag names (mgt/disambiguate) before any MGT element registers.
const MgtPerson = React.lazy(() => import(/* webpackChunkName: 'cop-people' */ './mgt/MgtPerson'));

export interface IPersonCardProps {
  person: Person;
  /** Load photo and presence at once rather than on the first hover, focus or click. */
  eager?: boolean;
  /** Classes for the plain name (before MGT, or without a provider). */
  nameClassName?: string;
}

/** A contact card needs someone Graph can find. */
const findable = (p: Person): boolean => Boolean(p.aadId || p.email);

export const PersonCard: React.FC<IPersonCardProps> = ({ person, eager = false, nameClassName }) => {
  const host = peopleHost();
  const theme = useTheme();
  const [rich, setRich] = React.useState(eager);
  const [openCard, setOpenCard] = React.useState(false);
  const offersCard = host !== undefined && findable(person);
  const upgrade = (withCard: boolean): void => {
    if (withCard) setOpenCard(true);
    setRich(true);
  };
  // dir="auto": a right-to-left name reads correctly and can't reorder the text around it.
  const name = (
    <span
      className={nameClassName}
      title={person.email || undefined}
      dir="auto"
      {...(offersCard && !rich
        ? {
            role: 'button',
            tabIndex: 0,
            'aria-haspopup': 'dialog' as const,
            onMouseEnter: () => upgrade(false),
            onFocus: () => upgrade(false),
            onClick: () => upgrade(true),
            onKeyDown: (e: React.KeyboardEvent) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                upgrade(true);
              }
            },
          }
        : {})}
    >
      {person.displayName}
    </span>
  );
  if (!host || !offersCard || !rich) return name;
  // Teams' contrast theme is an inverted Fluent theme on pure black.
  const mgtTheme = !theme.isInverted ? 'light' : theme.palette.white === '#000000' ? 'contrast' : 'dark';
  return (
    <React.Suspense fallback={name}>
      <MgtPerson person={person} host={host} theme={mgtTheme} openCard={openCard} fallback={name} />
    </React.Suspense>
  );
};
