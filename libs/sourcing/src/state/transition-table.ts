/**
 * Which statuses a row may move to from each status. A Record over the whole enum: a status added
 * to the enum and forgotten here does not compile.
 */
export type TransitionTable<S extends string> = Readonly<Record<S, readonly S[]>>;

export function mayTransition<S extends string>(table: TransitionTable<S>, from: S, to: S): boolean {
  return table[from].includes(to);
}

/** The statuses from which `to` may be reached, optionally narrowed to `only`; refuses a pair the table forbids. */
export function fromStatesOf<S extends string>(table: TransitionTable<S>, to: S, only?: readonly S[]): S[] {
  const allowed = (Object.keys(table) as S[]).filter((from) => table[from].includes(to));
  if (!only) return allowed;
  const refused = only.filter((from) => !allowed.includes(from));
  if (refused.length > 0) throw new Error(`No transition ${refused.join(', ')} → ${to}`);
  return [...only];
}
