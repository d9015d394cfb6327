// Generated from @pnp/sp/batching.d.ts by generate.mjs; do not edit.
import type { TimelinePipe } from "@pnp/core";
import type { Queryable } from "@pnp/queryable";
import type { ISPQueryable } from "@pnp/sp/spqueryable.js";
declare module "@pnp/sp/fi.js" {
    interface SPFI {
        /**
         * Creates a batch behavior and associated execute function
         *
         */
        batched(props?: ISPBatchProps): [SPFI, () => Promise<void>];
    }
}
declare module "@pnp/sp/webs/types.js" {
    interface _Web {
        /**
         * Creates a batch behavior and associated execute function
         *
         */
        batched(props?: ISPBatchProps): [IWeb, () => Promise<void>];
    }
}
export {};
