// Generated from @pnp/sp/items/list.d.ts by generate.mjs; do not edit.
import type { IItems } from "@pnp/sp/items/types.js";
declare module "@pnp/sp/lists/types.js" {
    interface _List {
        readonly items: IItems;
    }
    interface IList {
        readonly items: IItems;
    }
}
export {};
