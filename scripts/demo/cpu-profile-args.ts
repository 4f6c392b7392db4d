/**
 * JALIN_CPU_PROF_DIR=dir: Node flags that make an app process (demo, cluster, bench:api's servers)
 * write a V8 CPU profile `<dir>/<name>-<time>.cpuprofile` when it exits; none when unset.
 */
export function cpuProfileArgs(name: string): string[] {
  const dir = process.env.JALIN_CPU_PROF_DIR;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`] : [];
}
