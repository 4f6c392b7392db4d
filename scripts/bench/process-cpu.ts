import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU time so far, in ms, of each process whose command name starts with a given name, by pid. */
export type CpuSnapshot = Map<number, number>;

/**
 * User + system CPU time of every process whose command name starts with `name` (`postgres`: the
 * PostgreSQL server and all its backends), read from /proc, by pid.
 */
export function cpuSnapshot(name: string): CpuSnapshot {
  const snapshot: CpuSnapshot = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
      const close = stat.lastIndexOf(')');
      if (!stat.slice(stat.indexOf('(') + 1, close).startsWith(name)) continue;
      const fields = stat.slice(close + 2).split(' ');
      snapshot.set(Number(entry), ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND); // utime, stime
    } catch {
      // gone between the listing and the read
    }
  }
  return snapshot;
}

/**
 * CPU ms those processes used since `before`: a process still there counts its difference, one
 * started since counts all of its time, one that exited meanwhile (a pool closing an idle
 * connection) is left out rather than subtracted.
 */
export function cpuMsSince(before: CpuSnapshot, name: string): number {
  let ms = 0;
  for (const [pid, now] of cpuSnapshot(name)) ms += now - (before.get(pid) ?? 0);
  return ms;
}
