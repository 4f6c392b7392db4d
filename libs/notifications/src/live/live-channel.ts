/** The Redis pub/sub channel that carries in-app notifications from workers to every API replica. */
export const liveChannel = (queuePrefix: string) => `${queuePrefix}:notifications:live`;
