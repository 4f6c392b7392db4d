import { defineTexts } from '../../i18n/texts';

/** Texts of the ikm area (Bahasa Indonesia first, English). */
export const ikmTexts = defineTexts(
  {
    homeTitle: 'Pekerjaan untuk Anda',
    homeBody: 'Di sini akan tampil RFQ yang cocok dengan profil kemampuan Anda, penawaran dan kesepakatan Anda.',
    rfqTitle: 'RFQ',
    rfqBody: 'Rincian RFQ ini akan tampil di sini.',
    dealTitle: 'Kesepakatan',
    dealBody: 'Rincian kesepakatan ini dan langkah berikutnya akan tampil di sini.',
    profileTitle: 'Profil kemampuan',
    profileBody: 'Di sini Anda akan mengisi profil kemampuan usaha Anda dan melihat status verifikasinya.',
  },
  {
    homeTitle: 'Jobs for you',
    homeBody: 'Here you will find the RFQs matching your capability profile, your quotes and your deals.',
    rfqTitle: 'RFQ',
    rfqBody: 'This RFQ’s details will show here.',
    dealTitle: 'Deal',
    dealBody: 'This deal’s details and its next step will show here.',
    profileTitle: 'Capability profile',
    profileBody: 'Here you will fill in your workshop’s capability profile and see its verification status.',
  },
);
