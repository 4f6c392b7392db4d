import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { fromStatesOf, mayTransition, TransitionTable } from './transition-table';

type StatusRow<S extends string> = ObjectLiteral & { id: string; status: S };

/** Which rows a bulk transition touches, besides their status; column names are the entity's properties. */
export interface RowFilter {
  where: string;
  params: Record<string, unknown>;
}

/**
 * The one way a status column changes: checked against the transition table, and written with a
 * conditional UPDATE … WHERE status IN (the allowed from-states), so a row that moved on meanwhile
 * is left alone instead of being overwritten.
 */
export abstract class StatusWriter<S extends string, E extends StatusRow<S>> {
  protected constructor(
    private readonly entity: EntityTarget<E>,
    readonly transitions: TransitionTable<S>,
  ) {}

  /** Moves the rows with these ids that may reach `to` (narrowed to `from` when given); returns the ids it moved. */
  async transition(manager: EntityManager, ids: readonly string[], to: S, options: { from?: readonly S[]; set?: Partial<E> } = {}): Promise<string[]> {
    if (ids.length === 0) return [];
    return this.transitionWhere(manager, { where: 'id IN (:...ids)', params: { ids } }, to, options);
  }

  /** One row the caller holds (and has locked): refuses a forbidden step, and keeps the object in step with the row. */
  async transitionRow(manager: EntityManager, row: E, to: S, set: Partial<E> = {}): Promise<E> {
    if (!mayTransition(this.transitions, row.status, to)) throw new Error(`No transition ${row.status} → ${to}`);
    const moved = await this.transition(manager, [row.id], to, { from: [row.status], set });
    if (moved.length === 0) throw new Error(`${row.id} left ${row.status} before it could become ${to}`);
    return Object.assign(row, set, { status: to });
  }

  protected async transitionWhere(manager: EntityManager, filter: RowFilter, to: S, options: { from?: readonly S[]; set?: Partial<E> } = {}): Promise<string[]> {
    const from = fromStatesOf(this.transitions, to, options.from);
    if (from.length === 0) return [];
    const result = await manager
      .createQueryBuilder()
      .update(this.entity)
      .set({ ...options.set, status: to } as never)
      .where('status IN (:...from)', { from })
      .andWhere(filter.where, filter.params)
      .returning('id')
      .execute();
    return (result.raw as { id: string }[]).map((r) => r.id);
  }
}
