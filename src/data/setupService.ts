import type { SPFI } from '@pnp/sp';
import type { ISetupService, SetupReport } from '../domain/services';
import { LIST_SCHEMA } from '../schema/lists';
import { provision } from '../schema/provision';

function isNotFound(e: unknown): boolean {
  const status = (e as { status?: number }).status;
  return status === 404;
}

export class SetupService implements ISetupService {
  constructor(private readonly sp: SPFI) {}

  /** One read per list; a missing list is reported, never thrown, so every web part can say "setup needed". */
  public async check(): Promise<SetupReport> {
    const results = await Promise.all(
      LIST_SCHEMA.map(async (spec) => {
        try {
          const fields = await this.sp.web.lists.getByTitle(spec.title).fields.select('InternalName')();
          const names = new Set(fields.map((f: { InternalName: string }) => f.InternalName));
          return { spec, missing: spec.fields.filter((f) => !names.has(f.name)).map((f) => `${spec.title}: ${f.name}`), exists: true };
        } catch (e) {
          if (isNotFound(e)) return { spec, missing: [], exists: false };
          throw e;
        }
      }),
    );
    const missingLists = results.filter((r) => !r.exists).map((r) => r.spec.title);
    const missingFields = results.flatMap((r) => r.missing);
    return { ready: missingLists.length === 0 && missingFields.length === 0, missingLists, missingFields };
  }

  public provision(onProgress?: (step: string) => void): Promise<string[]> {
    return provision(this.sp, onProgress);
  }
}
