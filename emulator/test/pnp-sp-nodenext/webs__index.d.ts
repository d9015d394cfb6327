// Generated from @pnp/sp/webs/index.d.ts by generate.mjs; do not edit.
import type { Web } from "@pnp/sp/webs/types.js";
declare module "@pnp/sp/fi.js" {
    interface SPFI {
        /**
         * Access to the current web instance
         */
        readonly web: ReturnType<typeof Web>;
    }
}
export {};
