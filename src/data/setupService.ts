import type { SPFI } from '@pnp/sp';
import type { ISetupService, SetupReport } from '../domain/services';
import { LIST_SCHEMA } from '../schema/lists';
import { provision } from '../schema/provision';
import { syncGardenerApprovers } from './gardenerApprovers';

function isNotFound(e: unknown): boolean {
  const status = (e as { status?: number }).status;
  return status === 404;
}

export class SetupService implements ISetupService {
  constructor(private readonly sp: SPFI) {}

  /**
   * One $batch reads every list's fields, so the check costs one round trip; a missing list is
   * reported, never thrown, so every web part can say "setup needed".
   */
  public async check(): Promise<SetupReport> {
    const [batched, execute] = this.sp.batched();
    const reads = LIST_SCHEMA.map((spec) => batched.web.lists.getByTitle(spec.title).fields.select('InternalName')());
    // Each part settles on its own; a 404 for one list must not hide the others.
    const settled = Promise.allSettled(reads);
    await execute();
    const results = (await settled).map((r, i) => {
      const spec = LIST_SCHEMA[i];
      if (r.status === 'rejected') {
        if (isNotFound(r.reason)) return { spec, missing: [] as string[], exists: false };
        throw r.reason;
      }
      const names = new Set(r.value.map((f: { InternalName: string }) => f.InternalName));
      return { spec, missing: spec.fields.filter((f) => !names.has(f.name)).map((f) => `${spec.title}: ${f.name}`), exists: true };
    });
    const missingLists = results.filter((r) => !r.exists).map((r) => r.spec.title);
    const missingFields = results.flatMap((r) => r.missing);
    return { ready: missingLists.length === 0 && missingFields.length === 0, missingLists, missingFields };
  }

  public async provision(onProgress?: (step: string) => void): Promise<string[]> {
    const changes = await provision(this.sp, onProgress);
    // Gardeners change after their folder was made; repairing brings the folders' approvers along.
    return [...changes, ...(await syncGardenerApprovers(this.sp, onProgress))];
  }
}
