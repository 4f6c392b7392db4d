/** The API's Role enum (schema.graphql). */
export type Role = 'ADMIN' | 'BUYER' | 'DINAS' | 'IKM';
export const ROLES: readonly Role[] = ['ADMIN', 'BUYER', 'DINAS', 'IKM'];

/** Where each role lands after sign-in when no link was being followed. */
export const HOME_OF: Record<Role, string> = {
  IKM: '/ikm',
  BUYER: '/buyer',
  DINAS: '/dinas',
  ADMIN: '/admin',
};
