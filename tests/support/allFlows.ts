export { allFlows } from '../../scripts/allFlows';

/** A fixed "today", so date checks do not depend on the day the tests run. */
export const today = '2026-11-25';
