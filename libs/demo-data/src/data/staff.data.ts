import { Role } from '@jalin/authz';
import { DemoOrganization } from '../demo-data.types';

/**
 * The Dinas Perintransnaker Kabupaten Tegal (office in Slawi). The officer is fictional; the name
 * matches the organization AccountService gives DINAS staff, so staff created later join it.
 */
export const DEMO_DINAS: DemoOrganization = {
  key: 'dinas',
  kind: Role.DINAS,
  name: 'Dinas Perintransnaker Kabupaten Tegal',
  kecamatanCode: '3328100',
  city: 'Slawi, Kabupaten Tegal',
  phone: '+62 283 491 000',
  featured: true,
  users: [{ email: 'dinas@tegalkab.demo', name: 'Ratna Puspitasari', phone: '+62 812 2800 1001' }],
};

/** The platform operator. */
export const DEMO_ADMIN: DemoOrganization = {
  key: 'admin',
  kind: Role.ADMIN,
  name: 'Jalin',
  kecamatanCode: null,
  city: null,
  phone: null,
  featured: true,
  users: [{ email: 'admin@jalin.demo', name: 'Admin Jalin' }],
};
