import type { PodCommandText } from '../src/domain/podCommands.ts';

/** Plain words for each outcome of a POD command, so tests compare outcomes without the loc strings. */
export const TEST_COMMAND_TEXT: PodCommandText = {
  notFound: 'not found',
  notAllowed: 'not allowed',
  changedMeanwhile: 'changed',
  alreadyDecided: 'already decided',
  ownRequest: 'own request',
  isPledge: 'pledge',
  reasonNeeded: 'reason needed',
  notForming: (s) => `is ${s}`,
  targetNotReached: (p, t) => `${p} of ${t}`,
  teamNotUpdated: (w) => `team: ${w}`,
  created: (t) => `created ${t}`,
  listedLaunched: (t, o) => `listed ${t} with ${o}`,
  linkedNetwork: (t, u) => `linked ${t} at ${u}`,
  acceptanceProblem: (p) => `problem ${p}`,
  launched: (n, f) => `${n} founders, ${f} failed`,
  otherError: (e) => (e instanceof Error ? e.message : String(e)),
};
