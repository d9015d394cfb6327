// Generated from @pnp/sp/security/web.d.ts by generate.mjs; do not edit.
import type { IRoleDefinitions, ISecurableMethods } from "@pnp/sp/security/types.js";
declare module "@pnp/sp/webs/types.js" {
    interface _Web extends ISecurableMethods {
        roleDefinitions: IRoleDefinitions;
    }
    interface IWeb extends ISecurableMethods {
        roleDefinitions: IRoleDefinitions;
    }
}
export {};
