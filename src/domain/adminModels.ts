/**
 * What POD administration reads and writes beyond the member-facing models: items with the dates
 * and people SharePoint stamps on them (Created, Modified, Editor), a community's history, and the
 * per-item outcome of a bulk action.
 */
import type { CommunityEvent, MemberCounts, Membership, MembershipStatus, MemberProfile, Resource, SessionRecord } from './models';
import type { QuestionActivity } from './questions';

/** A membership as the admin views see it: with SharePoint's own Created/Modified/Editor. */
export interface MembershipRecord extends Membership {
  title: string;
  created?: string;
  modified?: string;
  /** Who last changed the item (SharePoint's Editor): the member, or whoever decided. */
  modifiedBy?: string;
  /**
   * The item's status over time, oldest first, from SharePoint's versions (the last is the current
   * one): when a pledge became a membership, when the member left and when they came back.
   */
  statusHistory?: StatusStep[];
}

/** One version of a membership item: its status from then on. */
export interface StatusStep {
  /** ISO instant the version was saved. */
  when: string;
  status: MembershipStatus;
}

/**
 * What one community's sponsor report reads: its memberships with their status over time, its events
 * and resources, and its members' profiles. Everyone may read all of it, so a sponsor can.
 */
/** What the portfolio shows of the communities on one of its pages, read for those communities only (issue 20). */
export interface PortfolioPageData {
  /** The page's questions and their answers (issue 16), for the health score; absent when unreadable. */
  questions?: QuestionActivity;
  counts: Record<number, MemberCounts>;
  events: CommunityEvent[];
  resources: ResourceRecord[];
  /** What the gardeners recorded of their sessions; absent on a site without the list. */
  records?: SessionRecord[];
}

export interface ReportData {
  memberships: MembershipRecord[];
  events: CommunityEvent[];
  resources: ResourceRecord[];
  profiles: MemberProfile[];
  /** What the gardeners recorded of its sessions (issue 17); absent on a site without the list. */
  records?: SessionRecord[];
  /** Its questions and their answers (issue 16); absent when they could not be read. */
  questions?: QuestionActivity;
}

/** A resource with the date it was added (SharePoint's Created). */
export interface ResourceRecord extends Resource {
  created?: string;
}

/** One entry of a community's history, from SharePoint's versions and Editor/Modified stamps. */
export interface HistoryEntry {
  /** ISO instant of the change. */
  when: string;
  /** Display name of who made it. */
  who: string;
  kind: 'created' | 'changed' | 'request';
  /** Internal names of the fields that changed (kind `changed`). */
  fields?: string[];
  /** Status after the change, when it changed. */
  status?: string;
  /** The reason recorded with a status change, or a request's decision note. */
  note?: string;
  /** For kind `request`: the member and the decision (approved, rejected, pending). */
  member?: string;
  approval?: string;
  /** SharePoint's version label, e.g. "3.0". */
  version?: string;
}

/** The outcome of one selected item in a bulk command; the command reports one per item. */
export interface ItemResult {
  id: number;
  /** What the item is called, for the report ("Sam Taylor — Events Management"). */
  label: string;
  ok: boolean;
  /** Why it failed, or a warning when it succeeded only in part (e.g. the team wasn't updated). */
  message?: string;
}

/** What "Reconcile team members" changed in a community's Microsoft 365 group (emails, lower case). */
export interface TeamReconciliation {
  /** Active members who were missing from the group and were added. */
  added: string[];
  /** People whose memberships had all ended, removed from the group. */
  removed: string[];
  /** Changes Graph did not make, with why; nothing else is left half-done. */
  failed: Array<{ email: string; change: 'add' | 'remove'; message: string }>;
}

/** A Microsoft 365 group found by id (to link a community to its existing group or team). */
export interface GroupInfo {
  id: string;
  displayName: string;
  mail?: string;
}
