// Generated from @pnp/sp/fields/web.d.ts by generate.mjs; do not edit.
import type { IFields } from "@pnp/sp/fields/types.js";
declare module "@pnp/sp/webs/types.js" {
    interface _Web {
        readonly fields: IFields;
        readonly availablefields: IFields;
    }
    interface IWeb {
        /**
         * This web's collection of fields
         */
        readonly fields: IFields;
        /**
     * This web's collection of available fields
     */
        readonly availablefields: IFields;
    }
}
export {};
