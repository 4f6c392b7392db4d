/** Where a notification reaches its user. Values are stored in rows and job ids. */
export enum NotificationChannel {
  IN_APP = 'IN_APP',
  EMAIL = 'EMAIL',
  WEBHOOK = 'WEBHOOK',
}

export enum DeliveryStatus {
  /** Queued or being retried. */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Every attempt failed; kept with its last error. */
  FAILED = 'FAILED',
}

/** Channels of a user who never set preferences. */
export const DEFAULT_CHANNELS: readonly NotificationChannel[] = [NotificationChannel.IN_APP, NotificationChannel.EMAIL];
