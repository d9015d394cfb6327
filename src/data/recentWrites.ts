/**
 * What this person wrote in this session, kept so hub search can show it before SharePoint's
 * crawl has indexed it (minutes on SharePoint Online). Only the hits shape is kept; nothing is stored.
 */
import type { HubSearchHit } from '../domain/hubSearch';
import type { Resource } from '../domain/models';

const KEEP = 50;

export class RecentWrites {
  private readonly hits: HubSearchHit[] = [];

  public resourceAdded(r: Resource): void {
    this.hits.unshift({
      kind: 'resource',
      id: r.id,
      title: r.title,
      url: r.url,
      summary: r.description,
      resourceType: r.resourceType,
      owner: r.owner?.displayName,
    });
    this.hits.length = Math.min(this.hits.length, KEEP);
  }

  public all(): readonly HubSearchHit[] {
    return this.hits;
  }
}
