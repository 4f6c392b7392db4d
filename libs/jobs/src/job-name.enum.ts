/** Every job kind. A job's payload type is fixed in JobPayloads and its queue in JOB_QUEUE. */
export enum JobName {
  DispatchDomainEvent = 'dispatch-domain-event',
  MatchRfq = 'match-rfq',
  RematchProfile = 'rematch-profile',
  CloseExpiredRfqs = 'close-expired-rfqs',
  DeliverNotification = 'deliver-notification',
  RemindQuoteDeadline = 'remind-quote-deadline',
}
