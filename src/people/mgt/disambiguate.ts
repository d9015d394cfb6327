/**
 * MGT's tag names for CoP Hub: <mgt-cop-hub-person> and so on, so another solution's MGT on the
 * same page can't clash. Imported first by the lazy MGT chunk: ES modules run in import order, and
 * MGT registers its elements only when one is first rendered, after every module here has run.
 */
import { customElementHelper } from '@microsoft/mgt-element/dist/es6/components/customElementHelper';

customElementHelper.withDisambiguation('cop-hub');
