// Generated from @pnp/sp/views/list.d.ts by generate.mjs; do not edit.
import type { IViews, IView } from "@pnp/sp/views/types.js";
declare module "@pnp/sp/lists/types.js" {
    interface _List {
        readonly views: IViews;
        readonly defaultView: IView;
        getView(id: string): IView;
    }
    interface IList {
        /**
         * Gets the views on this list
         */
        readonly views: IViews;
        /**
         * Gets the default view for this list
         */
        readonly defaultView: IView;
        /**
         * Gets a view by view guid id
         *
         */
        getView(id: string): IView;
    }
}
export {};
