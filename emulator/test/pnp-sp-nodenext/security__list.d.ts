// Generated from @pnp/sp/security/list.d.ts by generate.mjs; do not edit.
import type { ISecurableMethods } from "@pnp/sp/security/types.js";
declare module "@pnp/sp/lists/types.js" {
    interface _List extends ISecurableMethods {
    }
    interface IList extends ISecurableMethods {
    }
}
export {};
