/** Every BullMQ queue of Jalin. Workers of any replica share them through Redis. */
export enum QueueName {
  /** Outbox events, one job per committed event, fanned out to the modules that react. */
  DomainEvents = 'domain-events',
  /** Scoring RFQs against profiles: CPU-heavy, its own queue so it never delays event fan-out. */
  Matching = 'matching',
  /** Scheduled housekeeping (closing RFQs long past their deadline): never behind events or matching. */
  Maintenance = 'maintenance',
  /** Notification deliveries (in-app push, e-mail, webhook): a slow mail server never delays events. */
  Notifications = 'notifications',
}
