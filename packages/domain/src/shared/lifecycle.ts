import { DomainError } from './domain-error.ts';

/**
 * A transition table: for every status, the events it accepts and the status each leads to.
 * Writing it as `Record<Status, Partial<Record<Event, Status>>>` makes the compiler check that every
 * status is listed (terminal ones map to `{}`), so a new status cannot be forgotten.
 */
export type TransitionTable<S extends string, E extends string> = Record<S, Partial<Record<E, S>>>;

export interface Lifecycle<S extends string, E extends string> {
  readonly aggregate: string;
  readonly table: TransitionTable<S, E>;
  readonly statuses: readonly S[];
  readonly events: readonly E[];
  /** The status `event` leads to from `from`, or undefined when the table has no such edge. */
  next(from: S, event: E): S | undefined;
  /** Like `next` but throws FORBIDDEN_TRANSITION (HTTP 409) naming aggregate, status and event. */
  transition(from: S, event: E): S;
  /** Events the table accepts from `from`, in declaration order. */
  eventsFrom(from: S): E[];
  isTerminal(status: S): boolean;
}

export function defineLifecycle<S extends string, E extends string>(
  aggregate: string,
  events: readonly E[],
  table: TransitionTable<S, E>,
): Lifecycle<S, E> {
  const statuses = Object.keys(table) as S[];
  const next = (from: S, event: E): S | undefined => table[from]?.[event];
  return {
    aggregate,
    table,
    statuses,
    events,
    next,
    transition(from, event) {
      const to = next(from, event);
      if (to === undefined) {
        throw new DomainError('FORBIDDEN_TRANSITION', `${aggregate} in status "${from}" does not accept "${event}"`, {
          rule: `${aggregate}.${event}`,
          aggregate,
          from,
          event,
        });
      }
      return to;
    },
    eventsFrom(from) {
      return events.filter((event) => next(from, event) !== undefined);
    },
    isTerminal(status) {
      return Object.keys(table[status] ?? {}).length === 0;
    },
  };
}
