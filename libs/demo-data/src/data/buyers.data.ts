import { Role } from '@jalin/authz';
import { Sector } from '@jalin/taxonomy';
import { DemoBuyer } from '../demo-data.types';

/**
 * Fictional buyers modelled on the three firms the Dinas visited in October 2023 (Radar Tegal,
 * 26 Oct 2023): a Kawasan Industri Kendal tenant and two bus-body makers. Names and people are
 * invented so no real firm appears to use the demo.
 */
export const DEMO_BUYERS: readonly DemoBuyer[] = [
  {
    key: 'buyer.kendal-presisi',
    kind: Role.BUYER,
    name: 'PT Kendal Presisi Komponen',
    modelledOn: 'a tenant of Kawasan Industri Kendal (KIK)',
    siteCode: 'KAWASAN_INDUSTRI_KENDAL',
    kecamatanCode: null,
    city: 'Kendal',
    phone: '+62 294 388 1200',
    sectors: [Sector.METAL, Sector.PLASTIC, Sector.AGRO],
    sources: 'Komponen logam pres, rangka las, suku cadang bubut, komponen plastik injeksi, kemasan produk agro',
    featured: true,
    users: [{ email: 'pengadaan@kendalpresisi.demo', name: 'Andreas Wijaya', phone: '+62 811 2900 2001', locale: 'en' }],
  },
  {
    key: 'buyer.karoseri-magelang',
    kind: Role.BUYER,
    name: 'PT Karoseri Merapi Nusantara',
    modelledOn: 'Karoseri New Armada, Magelang',
    siteCode: 'NEW_ARMADA_MAGELANG',
    kecamatanCode: null,
    city: 'Magelang',
    phone: '+62 293 362 4100',
    sectors: [Sector.METAL, Sector.PLASTIC],
    sources: 'Panel bodi bus, rangka kursi, bracket, engsel pintu, komponen interior plastik',
    featured: true,
    users: [{ email: 'pengadaan@karoserimerapi.demo', name: 'Dewi Kusumawati', phone: '+62 812 2700 3001' }],
  },
  {
    key: 'buyer.karoseri-ungaran',
    kind: Role.BUYER,
    name: 'PT Karoseri Ungaran Raya',
    modelledOn: 'Karoseri Laksana, Ungaran',
    siteCode: 'LAKSANA_UNGARAN',
    kecamatanCode: null,
    city: 'Ungaran, Kabupaten Semarang',
    phone: '+62 24 692 5300',
    sectors: [Sector.METAL],
    sources: 'Pelat potong laser, komponen tekuk, rangka atap, part bubut CNC untuk bodi bus',
    featured: true,
    users: [{ email: 'pengadaan@karoseriungaran.demo', name: 'Rudi Hartono', phone: '+62 813 2500 4001' }],
  },
];
