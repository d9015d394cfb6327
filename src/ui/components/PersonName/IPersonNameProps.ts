import type { Person } from '../../../domain/models';

export interface IPersonNameProps {
  /** Who to show; their name is the text, their email the tooltip. */
  person: Person;
  /** Show photo and presence at once (lists that are not a page's first view), not on first hover or focus. */
  eager?: boolean;
}

export interface IPeopleNamesProps {
  /** Who to show, in order, separated by commas. */
  people: readonly Person[];
  /** Shown when the list is empty. */
  emptyText: string;
}
