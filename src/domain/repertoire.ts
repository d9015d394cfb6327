/**
 * A community's shared repertoire: what is due for review, search and filter, and grouping by type
 * in the order people expect (templates first, links last).
 */
import { RESOURCE_TYPES, type Resource, type ResourceType } from './models';

/**
 * True when a resource's review date has come: a date-only value (yyyy-mm-dd) is due from the start
 * of that day in UTC; a resource without a review date is never flagged.
 */
export function isDueForReview(resource: Pick<Resource, 'reviewDate'>, now: Date): boolean {
  if (!resource.reviewDate) return false;
  const due = Date.parse(resource.reviewDate);
  return !Number.isNaN(due) && due <= now.getTime();
}

export interface ResourceFilter {
  /** Words that must all appear in the title, description, tags or owner's name. */
  text: string;
  /** Only this type; undefined for every type. */
  type?: ResourceType;
}

export function filterResources(resources: readonly Resource[], filter: ResourceFilter): Resource[] {
  const words = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return resources.filter((r) => {
    if (filter.type && r.resourceType !== filter.type) return false;
    const haystack = [r.title, r.description, ...r.tags, r.owner?.displayName ?? ''].join(' ').toLocaleLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

export interface ResourceGroup {
  type: ResourceType;
  resources: Resource[];
}

/** Non-empty groups in RESOURCE_TYPES order, each in title order. */
export function groupByType(resources: readonly Resource[]): ResourceGroup[] {
  return RESOURCE_TYPES.map((type) => ({
    type,
    resources: resources.filter((r) => r.resourceType === type).sort((a, b) => a.title.localeCompare(b.title)),
  })).filter((g) => g.resources.length > 0);
}
