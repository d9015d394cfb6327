/**
 * The Graph half's own tables (all prefixed graph_) and the data access over them. Users are copied
 * from the emulator's identities; photos and presence are generated deterministically; groups are
 * Microsoft 365 groups with owners, members and, optionally, a team.
 */
import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../db.ts';
import { demoGuid } from '../identities.ts';
import type { EmuContext, EmulatorUser } from '../types.ts';
import { avatarPng, PHOTO_SIZE, photoEtag } from './png.ts';

export interface UserRow {
  id: string;
  ordinal: number;
  upn: string;
  mail: string;
  display_name: string;
  given_name: string;
  surname: string;
  job_title: string;
  department: string;
  office_location: string;
  roles: string;
}

export interface GroupRow {
  id: string;
  ordinal: number;
  display_name: string;
  mail_nickname: string;
  description: string | null;
  visibility: string;
  has_team: number;
  created: string;
}

export interface PhotoRow {
  content_type: string;
  width: number;
  height: number;
  bytes: Uint8Array;
  etag: string;
}

export interface NewGroup {
  displayName: string;
  mailNickname: string;
  description?: string;
  ownerIds: string[];
  memberIds: string[];
  /** 'Public' (default) or 'Private'. */
  visibility?: 'Public' | 'Private';
  /** Whether the group has a team (resourceProvisioningOptions includes "Team"); default true. */
  hasTeam?: boolean;
  /** A fixed id; by default the next deterministic one. */
  id?: string;
  /** createdDateTime; seeded groups share a fixed one so the demo data never changes. */
  created?: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS graph_users (
  id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, upn TEXT NOT NULL UNIQUE COLLATE NOCASE, mail TEXT NOT NULL,
  display_name TEXT NOT NULL, given_name TEXT NOT NULL, surname TEXT NOT NULL, job_title TEXT NOT NULL,
  department TEXT NOT NULL, office_location TEXT NOT NULL, roles TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS graph_photos (
  user_id TEXT PRIMARY KEY REFERENCES graph_users(id) ON DELETE CASCADE, content_type TEXT NOT NULL,
  width INTEGER NOT NULL, height INTEGER NOT NULL, bytes BLOB NOT NULL, etag TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS graph_presence (
  user_id TEXT PRIMARY KEY REFERENCES graph_users(id) ON DELETE CASCADE, availability TEXT NOT NULL, activity TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS graph_groups (
  id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, display_name TEXT NOT NULL, mail_nickname TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT, visibility TEXT NOT NULL, has_team INTEGER NOT NULL, created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS graph_group_members (
  group_id TEXT NOT NULL REFERENCES graph_groups(id) ON DELETE CASCADE, user_id TEXT NOT NULL REFERENCES graph_users(id),
  PRIMARY KEY (group_id, user_id));
CREATE TABLE IF NOT EXISTS graph_group_owners (
  group_id TEXT NOT NULL REFERENCES graph_groups(id) ON DELETE CASCADE, user_id TEXT NOT NULL REFERENCES graph_users(id),
  PRIMARY KEY (group_id, user_id));
CREATE INDEX IF NOT EXISTS graph_group_members_user ON graph_group_members(user_id);
CREATE INDEX IF NOT EXISTS graph_group_owners_user ON graph_group_owners(user_id);
`;

/** Every sixth demo user has no photo, so the 404 ImageNotFound path is always exercised. */
export function hasDemoPhoto(ordinal: number): boolean {
  return ordinal % 6 !== 5;
}

const PRESENCES: Array<[string, string]> = [
  ['Available', 'Available'],
  ['Busy', 'InACall'],
  ['Busy', 'InAMeeting'],
  ['Away', 'Away'],
  ['BeRightBack', 'BeRightBack'],
  ['DoNotDisturb', 'Presenting'],
  ['Offline', 'OffWork'],
  ['Available', 'Available'],
];

function seededPresence(id: string): [string, string] {
  return PRESENCES[createHash('sha256').update(`presence:${id}`).digest()[0] % PRESENCES.length];
}

export const GROUP_CREATED = '2024-09-02T08:00:00Z';

export function initStore(ctx: EmuContext): void {
  const db = ctx.db;
  db.exec(SCHEMA);
  insertUsers(db, ctx.users, 0, true);
  const count = db.prepare('SELECT COUNT(*) AS n FROM graph_groups').get() as { n: number };
  if (count.n === 0) seedGroups(ctx);
}

/**
 * Upserts directory users from `firstOrdinal` on, with presence and (when `photos`) generated photos.
 * The scale seed adds tens of thousands without photos; the demo accounts keep theirs.
 */
export function insertUsers(db: DatabaseSync, users: readonly EmulatorUser[], firstOrdinal: number, photos: boolean): void {
  inTransaction(db, () => {
    const upsert =
      db.prepare(`INSERT INTO graph_users (id, ordinal, upn, mail, display_name, given_name, surname, job_title, department, office_location, roles)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET ordinal=excluded.ordinal, upn=excluded.upn, mail=excluded.mail, display_name=excluded.display_name,
        given_name=excluded.given_name, surname=excluded.surname, job_title=excluded.job_title, department=excluded.department,
        office_location=excluded.office_location, roles=excluded.roles`);
    const photo = db.prepare(
      'INSERT OR IGNORE INTO graph_photos (user_id, content_type, width, height, bytes, etag) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const presence = db.prepare('INSERT OR IGNORE INTO graph_presence (user_id, availability, activity) VALUES (?, ?, ?)');
    users.forEach((u: EmulatorUser, n: number) => {
      const i = firstOrdinal + n;
      upsert.run(
        u.id,
        i,
        u.userPrincipalName,
        u.mail,
        u.displayName,
        u.givenName,
        u.surname,
        u.jobTitle,
        u.department,
        u.officeLocation,
        u.roles.join(','),
      );
      if (photos && hasDemoPhoto(i)) {
        const bytes = avatarPng(u.id, u.givenName, u.surname);
        photo.run(u.id, 'image/png', PHOTO_SIZE, PHOTO_SIZE, bytes, photoEtag(bytes));
      }
      const [availability, activity] = seededPresence(u.id);
      presence.run(u.id, availability, activity);
    });
  });
}

/** A few organisation-wide groups; the project's seed adds one group per community with createGroup. */
function seedGroups(ctx: EmuContext): void {
  const ids = (role: string): string[] => ctx.users.filter((u) => u.roles.includes(role as EmulatorUser['roles'][number])).map((u) => u.id);
  const pod = ids('pod');
  insertGroup(ctx.db, {
    displayName: 'POD Team',
    mailNickname: 'podteam',
    description: 'People & Organisational Development: runs the CoP Hub.',
    ownerIds: pod,
    memberIds: pod,
    visibility: 'Private',
    hasTeam: true,
  });
  insertGroup(ctx.db, {
    displayName: 'Community Gardeners',
    mailNickname: 'copgardeners',
    description: 'Leaders and convenors of communities of practice.',
    ownerIds: pod,
    memberIds: [...pod, ...ids('gardener')],
    visibility: 'Public',
    hasTeam: true,
  });
  insertGroup(ctx.db, {
    displayName: 'All Staff',
    mailNickname: 'allstaff',
    description: 'Everyone in the organisation.',
    ownerIds: pod.slice(0, 1),
    memberIds: ctx.users.map((u) => u.id),
    visibility: 'Public',
    hasTeam: false,
  });
}

export function insertGroup(db: DatabaseSync, g: NewGroup): string {
  // The caller (e.g. the project's seed) may already hold a transaction; SQLite does not nest them.
  const atomically = <T>(fn: () => T): T => (db.isTransaction ? fn() : inTransaction(db, fn));
  return atomically(() => {
    const next = db.prepare('SELECT COALESCE(MAX(ordinal), 0) + 1 AS n FROM graph_groups').get() as { n: number };
    const id = g.id ?? demoGuid(next.n, '6e0');
    db.prepare(
      'INSERT INTO graph_groups (id, ordinal, display_name, mail_nickname, description, visibility, has_team, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(
      id,
      next.n,
      g.displayName,
      g.mailNickname,
      g.description ?? null,
      g.visibility ?? 'Public',
      g.hasTeam === false ? 0 : 1,
      g.created ?? GROUP_CREATED,
    );
    const m = db.prepare('INSERT OR IGNORE INTO graph_group_members (group_id, user_id) VALUES (?, ?)');
    const o = db.prepare('INSERT OR IGNORE INTO graph_group_owners (group_id, user_id) VALUES (?, ?)');
    for (const u of g.memberIds) m.run(id, u);
    for (const u of g.ownerIds) o.run(id, u);
    return id;
  });
}

// ---------------------------------------------------------------- reads

export function listUsers(db: DatabaseSync): UserRow[] {
  return db.prepare('SELECT * FROM graph_users ORDER BY ordinal').all() as unknown as UserRow[];
}

/** By object id or userPrincipalName, as /users/{id | userPrincipalName} accepts. */
export function findUserRow(db: DatabaseSync, key: string): UserRow | undefined {
  // Ids are stored in lower case, so lower(?) matches them case-insensitively and still uses the key.
  return db.prepare('SELECT * FROM graph_users WHERE id = lower(?) OR upn = ?').get(key, key) as UserRow | undefined;
}

export function getPhoto(db: DatabaseSync, userId: string): PhotoRow | undefined {
  return db.prepare('SELECT content_type, width, height, bytes, etag FROM graph_photos WHERE user_id = ?').get(userId) as
    PhotoRow | undefined;
}

export function getPresence(db: DatabaseSync, userId: string): { availability: string; activity: string } | undefined {
  return db.prepare('SELECT availability, activity FROM graph_presence WHERE user_id = ?').get(userId) as
    { availability: string; activity: string } | undefined;
}

export function listGroups(db: DatabaseSync): GroupRow[] {
  return db.prepare('SELECT * FROM graph_groups ORDER BY ordinal').all() as unknown as GroupRow[];
}

export function findGroupRow(db: DatabaseSync, id: string): GroupRow | undefined {
  return db.prepare('SELECT * FROM graph_groups WHERE id = ? COLLATE NOCASE').get(id) as GroupRow | undefined;
}

export function findGroupByNickname(db: DatabaseSync, nickname: string): GroupRow | undefined {
  return db.prepare('SELECT * FROM graph_groups WHERE mail_nickname = ?').get(nickname) as GroupRow | undefined;
}

export type Relation = 'members' | 'owners';

const REL_TABLE: Record<Relation, string> = { members: 'graph_group_members', owners: 'graph_group_owners' };

/** The users in a group's members or owners, in directory order. */
export function relationUsers(db: DatabaseSync, groupId: string, rel: Relation): UserRow[] {
  return db
    .prepare(`SELECT u.* FROM ${REL_TABLE[rel]} r JOIN graph_users u ON u.id = r.user_id WHERE r.group_id = ? ORDER BY u.ordinal`)
    .all(groupId) as unknown as UserRow[];
}

export function inRelation(db: DatabaseSync, groupId: string, rel: Relation, userId: string): boolean {
  return db.prepare(`SELECT 1 FROM ${REL_TABLE[rel]} WHERE group_id = ? AND user_id = ?`).get(groupId, userId) !== undefined;
}

export function addToRelation(db: DatabaseSync, groupId: string, rel: Relation, userId: string): void {
  db.prepare(`INSERT INTO ${REL_TABLE[rel]} (group_id, user_id) VALUES (?, ?)`).run(groupId, userId);
}

export function removeFromRelation(db: DatabaseSync, groupId: string, rel: Relation, userId: string): void {
  db.prepare(`DELETE FROM ${REL_TABLE[rel]} WHERE group_id = ? AND user_id = ?`).run(groupId, userId);
}

export function relationCount(db: DatabaseSync, groupId: string, rel: Relation): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${REL_TABLE[rel]} WHERE group_id = ?`).get(groupId) as { n: number }).n;
}

/** Groups the user is a direct member of (Microsoft 365 groups don't nest, so also transitive). */
export function groupsOfUser(db: DatabaseSync, userId: string): GroupRow[] {
  return db
    .prepare('SELECT g.* FROM graph_group_members m JOIN graph_groups g ON g.id = m.group_id WHERE m.user_id = ? ORDER BY g.ordinal')
    .all(userId) as unknown as GroupRow[];
}
