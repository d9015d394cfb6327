export interface IFoundingProgressProps {
  /** Founding pledges so far. */
  pledged: number;
  /** Founding members the community needs before it can launch; without one, only the count shows. */
  target?: number;
  /** The community's name, so each bar on the page has its own accessible name. */
  communityTitle: string;
}
