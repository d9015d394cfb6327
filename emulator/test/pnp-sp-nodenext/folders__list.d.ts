// Generated from @pnp/sp/folders/list.d.ts by generate.mjs; do not edit.
import type { IFolder } from "@pnp/sp/folders/types.js";
declare module "@pnp/sp/lists/types.js" {
    interface _List {
        readonly rootFolder: IFolder;
    }
    interface IList {
        /**
         * Root folder for this list/library
         */
        readonly rootFolder: IFolder;
    }
}
export {};
