// Generated from @pnp/sp/fields/list.d.ts by generate.mjs; do not edit.
import type { IFields } from "@pnp/sp/fields/types.js";
declare module "@pnp/sp/lists/types.js" {
    interface _List {
        readonly fields: IFields;
    }
    interface IList {
        /**
         * This list's collection of fields
         */
        readonly fields: IFields;
    }
}
export {};
