/**
 * What My communities works out with the session arithmetic (rrule, time zones): my next sessions
 * and the health of what I sponsor. Fetched in its own chunk beside the second round of reads (the
 * events among them), so the first view's code carries neither library.
 */
export { mySessions } from '../../../domain/mySessions';
export { buildPortfolio } from '../../../domain/portfolio';
