/**
 * Errors the domain names, so the UI can react to them without reaching into the data layer.
 * They carry codes and data, never words: the UI shows its own (loc/ strings) for each, and the
 * message is the error's name, for logs.
 */
import type { TransitionProblem } from './lifecycle';

/** Joining as core needs the person's choice: they are already core in another community. */
export class CoreChoiceNeeded extends Error {
  /** `currentCorePending`: that core membership is still a request awaiting approval. */
  constructor(
    public readonly currentCoreCommunityId: number,
    public readonly currentCorePending = false,
  ) {
    super('CoreChoiceNeeded');
    this.name = 'CoreChoiceNeeded';
  }
}

/** True for CoreChoiceNeeded, also when it crossed a bundle boundary (so `instanceof` fails). */
export function isCoreChoiceNeeded(e: unknown): e is CoreChoiceNeeded {
  return (
    e instanceof CoreChoiceNeeded ||
    (e instanceof Error && e.name === 'CoreChoiceNeeded' && typeof (e as CoreChoiceNeeded).currentCoreCommunityId === 'number')
  );
}

/** A Microsoft 365 group can belong to one community only; another community already has this one. */
export class TeamAlreadyLinked extends Error {
  constructor(public readonly communityTitle: string) {
    super('TeamAlreadyLinked');
    this.name = 'TeamAlreadyLinked';
  }
}

export function isTeamAlreadyLinked(e: unknown): e is TeamAlreadyLinked {
  return e instanceof TeamAlreadyLinked || (e instanceof Error && e.name === 'TeamAlreadyLinked');
}

/** A community's status change the lifecycle refused (see `transition`), with why. */
export class TransitionRefused extends Error {
  constructor(public readonly problem: TransitionProblem) {
    super(`TransitionRefused: ${problem.code}`);
    this.name = 'TransitionRefused';
  }
}

export function isTransitionRefused(e: unknown): e is TransitionRefused {
  return (
    e instanceof TransitionRefused ||
    (e instanceof Error && e.name === 'TransitionRefused' && typeof (e as TransitionRefused).problem === 'object')
  );
}

/** A Microsoft 365 group id is a GUID; anything else would never match a team. */
export function isGroupId(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value.trim());
}
