// Generated from @pnp/sp/context-info/index.d.ts by generate.mjs; do not edit.
declare module "@pnp/sp/spqueryable.js" {
    interface _SPQueryable {
        /**
         * Gets the context info for the specified path
         *
         * @param path Optional. Absolute path to a SharePoint resource [Default: this.parentUrl]
         */
        getContextInfo(path?: string): Promise<IContextInfo>;
    }
}
export {};
