import { GraphqlErrorCode } from '@jalin/errors';

/** The HTTP status of each public error code, for plain HTTP routes (exports); exhaustive by type. */
export const HTTP_STATUS_FOR_CODE = {
  [GraphqlErrorCode.BAD_USER_INPUT]: 400,
  [GraphqlErrorCode.UNAUTHENTICATED]: 401,
  [GraphqlErrorCode.FORBIDDEN]: 403,
  [GraphqlErrorCode.NOT_FOUND]: 404,
  [GraphqlErrorCode.CONFLICT]: 409,
  [GraphqlErrorCode.RATE_LIMITED]: 429,
  [GraphqlErrorCode.INTERNAL_SERVER_ERROR]: 500,
  [GraphqlErrorCode.SERVICE_UNAVAILABLE]: 503,
} as const satisfies Record<GraphqlErrorCode, number>;
