/**
 * Words that change with a number ("1 day ago", "2 days ago"), chosen by the language's plural
 * rules (Intl.PluralRules), never by "(s)". The loc/ modules hold each such string as its forms,
 * `{ one, other }` and whatever else their language needs (few, many…); `{0}`, `{1}`… are filled.
 */
import * as strings from 'CopHubSharedStrings';
import { fill } from './format';

/** A localised string in each plural form its language has; `other` is the fallback. */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Pluralise = (forms: PluralForms, count: number, ...values: Array<string | number>) => string;

const rules = new Map<string, Intl.PluralRules>();

/** The plural chooser for a language: `{0}` is the count unless other values are given. */
export function pluralFor(locale: string): Pluralise {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  const chosen = r;
  return (forms, count, ...values) => fill(forms[chosen.select(count)] ?? forms.other, ...(values.length ? values : [count]));
}

/** Plurals in the language the loc strings are written in (their rules, not the viewer's region's). */
export const plural: Pluralise = (forms, count, ...values) => pluralFor(strings.PluralLocale)(forms, count, ...values);
