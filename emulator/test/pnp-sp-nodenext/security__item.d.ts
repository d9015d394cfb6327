// Generated from @pnp/sp/security/item.d.ts by generate.mjs; do not edit.
import type { ISecurableMethods } from "@pnp/sp/security/types.js";
declare module "@pnp/sp/items/types.js" {
    interface _Item extends ISecurableMethods {
    }
    interface IItem extends ISecurableMethods {
    }
}
export {};
