/**
 * The programme's own words, kept by the POD team in one place (the Practice Areas and Stage Names
 * lists, see src/schema/lists.ts): the practice areas communities and suggestions belong to, and
 * what each lifecycle stage is called on this site ("Preparations underway" for forming).
 */
import { foldText } from './directoryFilter';
import { COMMUNITY_STATUSES, type CommunityStatus } from './models';

/** A stage's display name, where the POD team gave one; a stage without one uses the default words. */
export type StageNames = Partial<Record<CommunityStatus, string>>;

export interface ProgrammeSettings {
  /** The known practice areas, in the order people see them (empty where the POD team keeps none). */
  practiceAreas: string[];
  stageNames: StageNames;
}

export const NO_PROGRAMME_SETTINGS: ProgrammeSettings = { practiceAreas: [], stageNames: {} };

/** Stage names are shown on cards and in filters: short, as the list's Title column allows. */
export const STAGE_NAME_MAX = 60;

/** The known areas as people see them: trimmed, each once (whatever its case or accents), in alphabetical order. */
export function knownPracticeAreas(areas: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const a of areas) {
    const area = a.trim();
    if (area && !seen.has(foldText(area))) seen.set(foldText(area), area);
  }
  return Array.from(seen.values()).sort((a, b) => a.localeCompare(b));
}

/**
 * What the practice-area filter offers: the known areas first, then any other area a shown community
 * holds (an area the POD team has not listed yet must stay findable), each once.
 */
export function practiceAreaOptions(known: readonly string[], held: readonly string[]): string[] {
  const first = knownPracticeAreas(known);
  const taken = new Set(first.map(foldText));
  const others = knownPracticeAreas(held).filter((a) => !taken.has(foldText(a)));
  return [...first, ...others];
}

/** The known area a typed one means ("communications " is "Communications"), or the typed text when none. */
export function canonicalPracticeArea(typed: string, known: readonly string[]): string {
  const t = typed.trim();
  return known.find((k) => foldText(k.trim()) === foldText(t))?.trim() ?? t;
}

/** The stage names read from the list's rows: the last row of a stage wins, blanks and unknown stages are left out. */
export function stageNamesFrom(rows: ReadonlyArray<{ stage?: string; name?: string }>): StageNames {
  const names: StageNames = {};
  for (const r of rows) {
    const stage = (COMMUNITY_STATUSES as readonly string[]).find((s) => s === r.stage?.trim().toLowerCase()) as CommunityStatus | undefined;
    const name = (r.name ?? '').trim().slice(0, STAGE_NAME_MAX);
    if (stage && name) names[stage] = name;
  }
  return names;
}

/** What a stage is called here: the site's name when it has one, the default words otherwise. */
export function stageName(status: CommunityStatus, names: StageNames, defaults: Readonly<Record<CommunityStatus, string>>): string {
  return names[status]?.trim() || defaults[status];
}
