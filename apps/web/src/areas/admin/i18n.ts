import { defineTexts } from '../../i18n/texts';

/** Texts of the admin area (Bahasa Indonesia first, English). */
export const adminTexts = defineTexts(
  {
    homeTitle: 'Admin',
    homeBody: 'Di sini admin akan mengelola akun petugas.',
    rfqTitle: 'RFQ',
    rfqBody: 'Rincian RFQ ini akan tampil di sini.',
    dealTitle: 'Kesepakatan',
    dealBody: 'Rincian kesepakatan ini dan langkah berikutnya akan tampil di sini.',
  },
  {
    homeTitle: 'Admin',
    homeBody: 'Here admins will manage staff accounts.',
    rfqTitle: 'RFQ',
    rfqBody: 'This RFQ’s details will show here.',
    dealTitle: 'Deal',
    dealBody: 'This deal’s details and its next step will show here.',
  },
);
