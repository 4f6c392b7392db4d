import { defineTexts } from '../../i18n/texts';

/** Texts of the buyer area (Bahasa Indonesia first, English). */
export const buyerTexts = defineTexts(
  {
    homeTitle: 'RFQ saya',
    homeBody: 'Di sini Anda akan memasang RFQ, membandingkan penawaran IKM, dan mengelola kesepakatan.',
    rfqTitle: 'RFQ',
    rfqBody: 'Rincian RFQ ini akan tampil di sini.',
    dealTitle: 'Kesepakatan',
    dealBody: 'Rincian kesepakatan ini dan langkah berikutnya akan tampil di sini.',
  },
  {
    homeTitle: 'My RFQs',
    homeBody: 'Here you will post RFQs, compare IKM quotes and manage deals.',
    rfqTitle: 'RFQ',
    rfqBody: 'This RFQ’s details will show here.',
    dealTitle: 'Deal',
    dealBody: 'This deal’s details and its next step will show here.',
  },
);
