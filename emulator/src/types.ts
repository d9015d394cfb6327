/**
 * Shared shapes of the emulator: the request every handler receives and the response it returns.
 * Handlers are plain functions over these, so the SharePoint and Graph halves (and their $batch
 * endpoints, which dispatch parts back into the same handlers) never touch node:http directly.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { RequestStats } from './stats.ts';

/** A role in the CoP programme; one person can hold several. */
export type DemoRole = 'pod' | 'gardener' | 'sponsor' | 'staff';

/** A demo account. `id` is the Entra object id Graph uses; SharePoint user ids live in the site's user table. */
export interface EmulatorUser {
  id: string;
  userPrincipalName: string;
  mail: string;
  displayName: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  department: string;
  officeLocation: string;
  roles: DemoRole[];
  /** SharePoint time zone id of the person's own regional settings, where they have set one (else the site's applies). */
  timeZoneId?: number;
}

export interface EmuRequest {
  method: string;
  /** Full URL, with the emulator's own origin. */
  url: URL;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: Buffer;
  /** The identity the request runs as (already resolved; unknown identities never reach a handler). */
  user: EmulatorUser;
}

export interface EmuResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

/** What every handler can reach. One synchronous SQLite connection serialises all writes. */
export interface EmuContext {
  db: DatabaseSync;
  /** Origin the emulator is served on, e.g. http://127.0.0.1:4321 */
  origin: string;
  users: EmulatorUser[];
  /** Request accounting (GET/DELETE /_emulator/stats). */
  stats: RequestStats;
  /** Set while the seed runs: its own requests carry it in X-Emulator-Seed; any other request gets 503. */
  seedKey?: string;
  /** fetch answered by this emulator in the process, without HTTP (the seeds' clients use it: see server.ts). */
  fetch?: typeof fetch;
  /** How long a change takes to reach the search index (SharePoint Online's crawl; 0 when absent). */
  searchDelayMs?: number;
  /** Injected faults (POST /_emulator/faults); $batch consults them for each of its parts too. */
  faults?: {
    take(
      path: string,
      method: string,
      phase: 'before' | 'after',
      drops: boolean,
    ): { drop: true } | { drop: false; response: EmuResponse } | undefined;
  };
}

export type Handler = (req: EmuRequest, ctx: EmuContext) => EmuResponse | Promise<EmuResponse>;
