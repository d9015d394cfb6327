/** How a resource is written: into its community's folder (one per community), as form values. */
import { RESOURCES } from '../schema/lists';
import { communityFolderPath, type IFormValue } from './membershipWrites';

/** The fields of a resource as a person gives them (already checked by validateResource). */
export interface ResourceValues {
  title: string;
  communityId: number;
  resourceType: string;
  url: string;
  description: string;
  reviewDate?: string;
}

/** Server-relative path of a community's folder in the Resources list. */
export function resourceFolder(siteUrl: string, communityId: number): string {
  return communityFolderPath(siteUrl, RESOURCES.url, communityId);
}

/**
 * Form values for AddValidateUpdateItemUsingPath / ValidateUpdateListItem. A link is "url, description"
 * (a checked address holds no space, so the first ", " ends it); a person is a JSON array of claims.
 */
export function resourceFormValues(r: ResourceValues, ownerEmail?: string): IFormValue[] {
  return [
    { FieldName: 'Title', FieldValue: r.title.slice(0, 255) },
    { FieldName: 'Community', FieldValue: String(Math.trunc(r.communityId)) },
    { FieldName: 'ResourceType', FieldValue: r.resourceType },
    { FieldName: 'ResourceUrl', FieldValue: `${r.url}, ${r.title}` },
    { FieldName: 'Description', FieldValue: r.description },
    { FieldName: 'ReviewDate', FieldValue: r.reviewDate ? new Date(r.reviewDate).toISOString() : '' },
    ...(ownerEmail ? [{ FieldName: 'ResourceOwner', FieldValue: JSON.stringify([{ Key: `i:0#.f|membership|${ownerEmail}` }]) }] : []),
  ];
}

/** The fields of an owner's edit as a MERGE body (with the item's etag); the owner and community stay as they are. */
export function resourceUpdate(r: Omit<ResourceValues, 'communityId'>): Record<string, unknown> {
  return {
    Title: r.title.slice(0, 255),
    ResourceType: r.resourceType,
    ResourceUrl: { Url: r.url, Description: r.title.slice(0, 255) },
    Description: r.description,
    ReviewDate: r.reviewDate ? new Date(r.reviewDate).toISOString() : null,
  };
}
