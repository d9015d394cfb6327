/**
 * What people write in questions and answers, as text with links: only bare http(s) addresses become
 * links. Everything else, script tags, Markdown images `![x](…)` and `[x](javascript:…)` included, stays
 * text (React escapes it), so nothing written is run or loaded.
 */
import { safeHref } from './links';

export type TextPart = { text: string } | { text: string; href: string };

const ADDRESS = /\bhttps?:\/\/[^\s<>"'`]+/gi;
/** Punctuation that ends a sentence rather than the address. */
const TRAILING = /[.,;:!?)\]}]+$/;

export function textParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(ADDRESS)) {
    const start = m.index ?? 0;
    const raw = m[0].replace(TRAILING, '');
    const href = safeHref(raw);
    if (!href || !/^https?:\/\//i.test(href)) continue;
    if (start > at) parts.push({ text: text.slice(at, start) });
    parts.push({ text: raw, href });
    at = start + raw.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
