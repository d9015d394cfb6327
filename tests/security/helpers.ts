/**
 * Shared set-up for the security tests: an emulator with the demo programme, the demo people by role,
 * the real services as any of them, and a raw REST client that does exactly what a person with the
 * browser's developer tools could do (their own form digest, any URL, any body).
 */
import { startEmulator, type RunningEmulator } from '../../emulator/src/server.ts';
import { SEEDS } from '../../emulator/src/seeds.ts';
import { createServices } from '../../src/data/factory.ts';
import type { Community } from '../../src/domain/models.ts';
import type { CopServices } from '../../src/domain/services.ts';
import { LIST_TITLES } from '../../src/schema/lists.ts';

const D = '@cophub.example';
/** POD team: owners of the hub site. */
export const POD = `priya.desai${D}`;
/** Ordinary staff who belong to nothing in the demo. */
export const STAFF = `sam.taylor${D}`;
export const STAFF2 = `alex.adams${D}`;
/** Gardener of Student Recruitment (open). */
export const GARDENER_OPEN = `grace.okafor${D}`;
/** Gardener of Events Management (approval). */
export const GARDENER_EVENTS = `liam.obrien${D}`;
/** Gardener of Appraisals and Inductions (approval). */
export const GARDENER_APPRAISALS = `mei.chen${D}`;
/** Senior sponsor of Student Recruitment and the communications communities. */
export const SPONSOR = `margaret.whitfield${D}`;

export async function startDemo(): Promise<RunningEmulator> {
  return startEmulator({ port: 0, seed: SEEDS.demo });
}

export function servicesAs(emu: RunningEmulator, upn: string): CopServices {
  return createServices({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': upn } });
}

export async function communityByTitle(emu: RunningEmulator, title: string): Promise<Community> {
  const c = (await servicesAs(emu, POD).communities.all()).find((x) => x.title === title);
  if (!c) throw new Error(`No community called ${title}`);
  return c;
}

export interface RestAnswer {
  status: number;
  body: Record<string, unknown> & { value?: Array<Record<string, unknown>>; 'odata.error'?: { code: string; message: { value: string } } };
  headers: Headers;
}

/** `/_api/web/lists/getbytitle('<list>')` for one of CoP Hub's lists. */
export function listPath(list: keyof typeof LIST_TITLES): string {
  return `/_api/web/lists/getbytitle('${encodeURIComponent(LIST_TITLES[list])}')`;
}

/**
 * Direct REST as `upn`: what anyone can send from the browser console, bypassing every check the UI
 * makes. Writes carry the caller's own form digest, so only SharePoint's permissions stand in the way.
 */
export class Rest {
  private digest?: string;

  constructor(
    private readonly emu: RunningEmulator,
    public readonly upn: string,
  ) {}

  private async formDigest(): Promise<string> {
    if (!this.digest) {
      const res = await fetch(`${this.emu.siteUrl}/_api/contextinfo`, {
        method: 'POST',
        headers: { Accept: 'application/json', 'X-Emulator-User': this.upn },
      });
      this.digest = ((await res.json()) as { FormDigestValue: string }).FormDigestValue;
    }
    return this.digest;
  }

  public async send(method: 'GET' | 'POST' | 'MERGE' | 'DELETE', path: string, body?: unknown, etag = '*'): Promise<RestAnswer> {
    const headers: Record<string, string> = { Accept: 'application/json', 'X-Emulator-User': this.upn };
    if (method !== 'GET') {
      headers['X-RequestDigest'] = await this.formDigest();
      headers['Content-Type'] = 'application/json';
    }
    if (method === 'MERGE' || method === 'DELETE') {
      headers['X-HTTP-Method'] = method;
      headers['IF-MATCH'] = etag;
    }
    const res = await fetch(`${this.emu.siteUrl}${path}`, {
      method: method === 'GET' ? 'GET' : 'POST',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as RestAnswer['body']) : {}, headers: res.headers };
  }

  public get(path: string): Promise<RestAnswer> {
    return this.send('GET', path);
  }

  public post(path: string, body: unknown): Promise<RestAnswer> {
    return this.send('POST', path, body);
  }

  /**
   * Adds an item by form values into a folder, as the app does (AddValidateUpdateItemUsingPath):
   * the new id when SharePoint took it, undefined when it refused (the answer says how).
   */
  public async addInFolder(
    list: keyof typeof LIST_TITLES,
    folder: string,
    formValues: Array<{ FieldName: string; FieldValue: string }>,
  ): Promise<{ id?: number; answer: RestAnswer }> {
    const answer = await this.post(`${listPath(list)}/AddValidateUpdateItemUsingPath`, {
      listItemCreateInfo: { FolderPath: { DecodedUrl: folder }, UnderlyingObjectType: 0 },
      formValues,
      bNewDocumentUpdate: false,
    });
    const values = answer.body.value ?? [];
    const id = Number(values.find((v) => v.FieldName === 'Id')?.FieldValue);
    return { id: answer.status === 200 && id > 0 && !values.some((v) => v.HasException === true) ? id : undefined, answer };
  }

  public merge(path: string, body: unknown, etag = '*'): Promise<RestAnswer> {
    return this.send('MERGE', path, body, etag);
  }

  public delete(path: string): Promise<RestAnswer> {
    return this.send('DELETE', path);
  }

  /** A Graph call as `upn`. */
  public async graph(method: string, path: string, body?: unknown): Promise<RestAnswer> {
    const res = await fetch(`${this.emu.graphUrl}${path}`, {
      method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-Emulator-User': this.upn },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as RestAnswer['body']) : {}, headers: res.headers };
  }
}

/** "Access denied" as SharePoint says it: 403, or 404 where the item is not even visible to the caller. */
export function refused(a: RestAnswer): boolean {
  return a.status === 403 || a.status === 404;
}

export function describe403(a: RestAnswer): string {
  return `HTTP ${a.status} ${a.body['odata.error']?.message.value ?? JSON.stringify(a.body).slice(0, 200)}`;
}
