/**
 * What a community knows and where it has gaps: the topics its members can help with set against
 * the topics they want to learn, and "find colleagues" over the same profiles.
 *
 * Topics are free text that people type, so they are compared case-insensitively with runs of
 * spaces folded ("Data  Viz" and "data viz" are one topic); the spelling shown is the one most
 * members used (ties go to the first seen).
 */
import type { MemberProfile, Person } from './models';

/** The key two spellings of one topic share. */
export function topicKey(topic: string): string {
  return topic.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

export interface TopicEntry {
  /** The spelling most members used. */
  topic: string;
  key: string;
  /** Members who can help with it, in name order. */
  offering: Person[];
  /** Members who want to learn it, in name order. */
  wanting: Person[];
  /** Someone wants to learn it and nobody here offers it. */
  gap: boolean;
}

interface Tally {
  key: string;
  spellings: Map<string, number>;
  offering: Map<number, Person>;
  wanting: Map<number, Person>;
}

const byName = (a: Person, b: Person): number => a.displayName.localeCompare(b.displayName);

function mostUsed(spellings: Map<string, number>): string {
  let best = '';
  let count = 0;
  for (const [spelling, n] of spellings) {
    if (n > count) {
      best = spelling;
      count = n;
    }
  }
  return best;
}

/**
 * One entry per topic anyone offers or wants, each person counted once per side. Gaps come first,
 * then the topics most in demand, then by name, so the map reads as "what we should find next".
 */
export function knowledgeMap(profiles: readonly MemberProfile[]): TopicEntry[] {
  const tallies = new Map<string, Tally>();
  const add = (topic: string, person: Person, side: 'offering' | 'wanting'): void => {
    const key = topicKey(topic);
    if (!key) return;
    let t = tallies.get(key);
    if (!t) {
      t = { key, spellings: new Map(), offering: new Map(), wanting: new Map() };
      tallies.set(key, t);
    }
    const spelling = topic.trim().replace(/\s+/g, ' ');
    t.spellings.set(spelling, (t.spellings.get(spelling) ?? 0) + 1);
    t[side].set(person.id, person);
  };
  for (const p of profiles) {
    for (const topic of p.canHelpWith) add(topic, p.person, 'offering');
    for (const topic of p.wantsToLearn) add(topic, p.person, 'wanting');
  }
  const entries: TopicEntry[] = [...tallies.values()].map((t) => ({
    topic: mostUsed(t.spellings),
    key: t.key,
    offering: [...t.offering.values()].sort(byName),
    wanting: [...t.wanting.values()].sort(byName),
    gap: t.wanting.size > 0 && t.offering.size === 0,
  }));
  return entries.sort((a, b) => Number(b.gap) - Number(a.gap) || b.wanting.length - a.wanting.length || a.topic.localeCompare(b.topic));
}

/** The topics wanted that nobody in the community offers. */
export function knowledgeGaps(map: readonly TopicEntry[]): TopicEntry[] {
  return map.filter((e) => e.gap);
}

export type ColleagueSearch =
  { kind: 'canHelpWith'; text: string } | { kind: 'wantsToLearn'; text: string } | { kind: 'samePracticeArea'; practiceArea: string };

export interface ColleagueMatch {
  person: Person;
  /** The topics (or practice area) that matched, as the person wrote them. */
  matched: string[];
}

function words(text: string): string[] {
  return topicKey(text).split(' ').filter(Boolean);
}

/**
 * Members who can help with, or want to learn, something like `text` (every word must appear in
 * one of their topics), or who work in the same practice area. The searcher is left out, and so is
 * a search with no words: an empty box finds nobody rather than everybody.
 */
export function findColleagues(profiles: readonly MemberProfile[], search: ColleagueSearch, me?: Pick<Person, 'id'>): ColleagueMatch[] {
  const matches: ColleagueMatch[] = [];
  for (const p of profiles) {
    if (me && p.person.id === me.id) continue;
    let matched: string[];
    if (search.kind === 'samePracticeArea') {
      const area = topicKey(search.practiceArea);
      matched = area && p.practiceArea && topicKey(p.practiceArea) === area ? [p.practiceArea] : [];
    } else {
      const wanted = words(search.text);
      const topics = search.kind === 'canHelpWith' ? p.canHelpWith : p.wantsToLearn;
      matched =
        wanted.length === 0
          ? []
          : topics.filter((t) => {
              const key = topicKey(t);
              return wanted.every((w) => key.includes(w));
            });
    }
    if (matched.length > 0) matches.push({ person: p.person, matched });
  }
  return matches.sort((a, b) => byName(a.person, b.person));
}
