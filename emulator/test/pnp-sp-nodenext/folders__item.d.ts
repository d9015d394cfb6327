// Generated from @pnp/sp/folders/item.d.ts by generate.mjs; do not edit.
import type { IFolder } from "@pnp/sp/folders/types.js";
declare module "@pnp/sp/items/types.js" {
    interface _Item {
        readonly folder: IFolder;
    }
    interface IItem {
        readonly folder: IFolder;
    }
}
export {};
