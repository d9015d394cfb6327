/**
 * Property restrictions evaluated per document: `kql_match(value, compare, op, needle, prefix)`, a
 * SQL function over the stored managed property. Text properties match by words (`Title:plan`
 * finds "Induction plan"; `plan*` a word starting so), `=` the whole value; Path matches a URL and
 * everything under it; ids compare whole (a trailing `*` for a prefix, as `ContentTypeId:0x0100*`);
 * dates and numbers compare by value (`Write>2026-01-01`), a date alone on `:`/`=` meaning that day.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Compare } from './properties.ts';

export function words(s: string): string[] {
  return (
    s
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function containsWords(value: string, needle: string, prefix: boolean): boolean {
  const hay = words(value);
  const want = words(needle);
  if (want.length === 0) return false;
  for (let i = 0; i + want.length <= hay.length; i++) {
    let ok = true;
    for (let j = 0; j < want.length && ok; j++) {
      const last = j === want.length - 1;
      ok = prefix && last ? hay[i + j].startsWith(want[j]) : hay[i + j] === want[j];
    }
    if (ok) return true;
  }
  return false;
}

function parts(value: string): string[] {
  return value.startsWith(';#') ? value.split(';#').filter(Boolean) : [value];
}

function order(cmp: number, op: string): boolean {
  switch (op) {
    case '<':
      return cmp < 0;
    case '>':
      return cmp > 0;
    case '<=':
      return cmp <= 0;
    case '>=':
      return cmp >= 0;
    case '<>':
      return cmp !== 0;
    default:
      return cmp === 0;
  }
}

function normId(s: string): string {
  return s.replace(/[{}]/g, '').trim().toLowerCase();
}

export function kqlMatch(value: unknown, compare: Compare, op: string, needle: string, prefix: boolean): boolean {
  if (value === null || value === undefined) return op === '<>';
  const v = String(value);
  switch (compare) {
    case 'text': {
      if (op === ':') return containsWords(v, needle, prefix);
      const eq = parts(v).some((p) =>
        prefix ? p.trim().toLowerCase().startsWith(needle.trim().toLowerCase()) : p.trim().toLowerCase() === needle.trim().toLowerCase(),
      );
      if (op === '=') return eq;
      if (op === '<>') return !eq;
      return order(v.toLowerCase().localeCompare(needle.toLowerCase()), op);
    }
    case 'path': {
      // Stored server-relative (see properties.ts); a restriction may name the full URL.
      const a = v.toLowerCase();
      const b = needle
        .toLowerCase()
        .replace(/^https?:\/\/[^/]+/, '')
        .replace(/\/$/, '');
      if (op === ':') return a === b || a.startsWith(b);
      return order(a === b ? 0 : 1, op === '=' ? '=' : op);
    }
    case 'id': {
      const a = normId(v);
      const b = normId(needle);
      const eq = prefix ? a.startsWith(b) : a === b;
      return op === '<>' ? !eq : op === ':' || op === '=' ? eq : order(a.localeCompare(b), op);
    }
    case 'date': {
      const a = Date.parse(v);
      const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(needle.trim());
      const b = Date.parse(needle);
      if (Number.isNaN(a) || Number.isNaN(b)) return false;
      if (dayOnly && (op === ':' || op === '=')) return v.slice(0, 10) === needle.trim();
      return order(Math.sign(a - b), op === ':' ? '=' : op);
    }
    case 'number': {
      const a = Number(v);
      const b = Number(needle);
      if (Number.isNaN(a) || Number.isNaN(b)) return false;
      return order(Math.sign(a - b), op === ':' ? '=' : op);
    }
    case 'bool': {
      const truthy = (s: string): boolean => ['true', '1', 'yes'].includes(s.trim().toLowerCase());
      const eq = truthy(v) === truthy(needle);
      return op === '<>' ? !eq : eq;
    }
    default:
      return false;
  }
}

const registered = new WeakSet<DatabaseSync>();

export function registerMatcher(db: DatabaseSync): void {
  if (registered.has(db)) return;
  db.function('kql_match', { deterministic: true }, (value, compare, op, needle, prefix) =>
    kqlMatch(value, compare as Compare, String(op), String(needle), Number(prefix) === 1) ? 1 : 0,
  );
  registered.add(db);
}
