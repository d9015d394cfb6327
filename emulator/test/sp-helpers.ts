/** Shared identities and error helpers for the SharePoint contract tests. */
import { DEMO_DOMAIN } from '../src/identities.ts';

/** A POD team member: site owner (Full Control). */
export const OWNER = `priya.desai@${DEMO_DOMAIN}`;
/** Ordinary members (Contribute). */
export const MEMBER = `sam.taylor@${DEMO_DOMAIN}`;
export const MEMBER2 = `alex.adams@${DEMO_DOMAIN}`;
/** Gardeners (members) who get Approve rights on their community's folder in the approval tests. */
export const GARDENER = `grace.okafor@${DEMO_DOMAIN}`;
export const GARDENER2 = `tom.becker@${DEMO_DOMAIN}`;

export interface SpErr {
  status: number;
  code: string;
  message: string;
}

/** Awaits a PnPjs call that must fail and returns SharePoint's status, error code and message. */
export async function spErrorOf(p: Promise<unknown>): Promise<SpErr> {
  try {
    await p;
  } catch (e) {
    const err = e as { status?: number; response?: Response; message: string };
    if (err.response) {
      const text = await err.response.clone().text();
      const body = JSON.parse(text) as {
        'odata.error'?: { code: string; message: { value: string } };
        error?: { code: string; message: { value: string } };
      };
      const o = body['odata.error'] ?? body.error;
      return { status: err.response.status, code: o?.code ?? '', message: o?.message.value ?? text };
    }
    throw e;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}
