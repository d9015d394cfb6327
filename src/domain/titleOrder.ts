/**
 * Titles in the order a person expects: by the locale's collation, numbers by value, case and
 * accents aside, and without leading punctuation or markup, so "<b>Zebra" files under Z and
 * "“Agile” coaching" under A. The text itself is never changed (it stays inert where it is shown).
 */
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The title without what precedes its first letter or digit: spaces, punctuation, symbols, tags. */
export function titleSortKey(title: string): string {
  return title.replace(/^(?:<[^<>]*>|[^\p{L}\p{N}])+/u, '');
}

/** Compare two titles for sorting; a title with no letter or digit at all sorts last. */
export function compareTitles(a: string, b: string): number {
  const ka = titleSortKey(a);
  const kb = titleSortKey(b);
  if ((ka === '') !== (kb === '')) return ka === '' ? 1 : -1;
  return collator.compare(ka, kb) || collator.compare(a, b);
}

/**
 * Whether a title can name a community (a suggestion's title becomes one when it is accepted): it
 * starts with a letter or digit and holds no markup (a tag, an entity) that a person would not read.
 */
export function communityTitleProblem(title: string): { rule: 'notAName' } | undefined {
  const t = title.trim();
  if (t === '') return undefined;
  if (!/^[\p{L}\p{N}]/u.test(t) || /<\s*[/!?a-z]|&[#a-z0-9]+;/i.test(t)) return { rule: 'notAName' };
  return undefined;
}
