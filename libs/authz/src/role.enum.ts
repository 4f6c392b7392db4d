/** The four kinds of organization, which are also the roles of their users. */
export enum Role {
  BUYER = 'BUYER',
  IKM = 'IKM',
  DINAS = 'DINAS',
  ADMIN = 'ADMIN',
}
