/** BullMQ refuses integer-looking custom ids, so the outbox id is prefixed. */
export const outboxJobId = (outboxId: string): string => `evt-${outboxId}`;
