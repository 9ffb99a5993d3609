/** The server's CSV writer is the domain's one writer (shared with the planner's downloads). */
export { csvCell, csvLine } from '@carecircle/domain';
