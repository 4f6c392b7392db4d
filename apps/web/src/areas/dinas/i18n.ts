import { defineTexts } from '../../i18n/texts';

/** Texts of the dinas area (Bahasa Indonesia first, English). */
export const dinasTexts = defineTexts(
  {
    homeTitle: 'Dasbor Dinas',
    homeBody: 'Di sini akan tampil dasbor pasar, antrean verifikasi profil, dan direktori IKM.',
    rfqTitle: 'RFQ',
    rfqBody: 'Rincian RFQ ini akan tampil di sini.',
    dealTitle: 'Kesepakatan',
    dealBody: 'Rincian kesepakatan ini dan langkah berikutnya akan tampil di sini.',
  },
  {
    homeTitle: 'Dinas dashboard',
    homeBody: 'Here you will find the market dashboard, the profile verification queue and the IKM directory.',
    rfqTitle: 'RFQ',
    rfqBody: 'This RFQ’s details will show here.',
    dealTitle: 'Deal',
    dealBody: 'This deal’s details and its next step will show here.',
  },
);
