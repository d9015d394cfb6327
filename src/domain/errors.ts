/**
 * Errors the domain names, so the UI can react to them without reaching into the data layer.
 * The UI shows its own words for each; the message here is for logs.
 */

/** Joining as core needs the person's choice: they are already core in another community. */
export class CoreChoiceNeeded extends Error {
  /** `currentCorePending`: that core membership is still a request awaiting approval. */
  constructor(public readonly currentCoreCommunityId: number, public readonly currentCorePending = false) {
    super('You are already a core member of another community. Join as a wider member, or move your core membership here.');
    this.name = 'CoreChoiceNeeded';
  }
}

/** True for CoreChoiceNeeded, also when it crossed a bundle boundary (so `instanceof` fails). */
export function isCoreChoiceNeeded(e: unknown): e is CoreChoiceNeeded {
  return e instanceof CoreChoiceNeeded || (e instanceof Error && e.name === 'CoreChoiceNeeded' && typeof (e as CoreChoiceNeeded).currentCoreCommunityId === 'number');
}

/** A Microsoft 365 group can belong to one community only; another community already has this one. */
export class TeamAlreadyLinked extends Error {
  constructor(public readonly communityTitle: string) {
    super(`This team is already linked to ${communityTitle}.`);
    this.name = 'TeamAlreadyLinked';
  }
}

export function isTeamAlreadyLinked(e: unknown): e is TeamAlreadyLinked {
  return e instanceof TeamAlreadyLinked || (e instanceof Error && e.name === 'TeamAlreadyLinked');
}

/** A Microsoft 365 group id is a GUID; anything else would never match a team. */
export function isGroupId(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value.trim());
}
