import { Foundation1795837609747 } from './migrations/1795837609747-Foundation';

/** Migration classes in order; listed rather than globbed so tsc, SWC and Jest load the same set. */
export const MIGRATIONS = [Foundation1795837609747];
