import { Role } from '@jalin/authz';
import { Sector } from '@jalin/taxonomy';
import { DemoIkm, DemoIkmProfileHints } from '../demo-data.types';

const TALANG = '3328140';
const ADIWERNA = '3328120';
const KRAMAT = '3328160';

interface IkmRow {
  key: string;
  name: string;
  kecamatanCode: string;
  owner: string;
  email: string;
  phone: string;
  profile: DemoIkmProfileHints;
  featured?: boolean;
}

const ikm = (row: IkmRow): DemoIkm => ({
  key: `ikm.${row.key}`,
  kind: Role.IKM,
  name: row.name,
  kecamatanCode: row.kecamatanCode,
  city: 'Kabupaten Tegal',
  phone: row.phone,
  featured: row.featured,
  profile: row.profile,
  users: [{ email: row.email, name: row.owner, phone: row.phone }],
});

const metal = (kbli: string, processes: string[], materials: string[], products: string, locality: string, workforce: number): DemoIkmProfileHints =>
  ({ sector: Sector.METAL, kbli, processes, materials, products, locality, workforce });

/**
 * Fictional IKM workshops across Kabupaten Tegal, most of them in the metal sentra of Talang,
 * Adiwerna and LIK Takaru (Dampyak, Kramat), a few plastic and agro ones elsewhere. Names follow
 * the way Tegal workshops are named; any likeness to a registered firm is chance.
 */
export const DEMO_IKMS: readonly DemoIkm[] = [
  // Talang: the largest metal sentra (Pesayangan, Kajen, Dawuhan, Kebasen).
  ikm({
    key: 'logam-jaya-talang', name: 'CV Logam Jaya Talang', kecamatanCode: TALANG, featured: true,
    owner: 'Slamet Riyadi', email: 'logamjaya@ikm.demo', phone: '+62 857 4200 0101',
    profile: metal('25910', ['STAMPING', 'BENDING', 'SHEARING'], ['SPCC', 'SPHC'], 'Bracket, dudukan dan panel pres untuk karoseri', 'Kebasen, Talang', 24),
  }),
  ikm({
    key: 'sumber-teknik', name: 'UD Sumber Teknik', kecamatanCode: TALANG, featured: true,
    owner: 'Sugeng Haryanto', email: 'sumberteknik@ikm.demo', phone: '+62 857 4200 0102',
    profile: metal('25920', ['CNC_TURNING', 'CONVENTIONAL_TURNING', 'CNC_MILLING'], ['S45C', 'SS400'], 'As, bushing, pin dan suku cadang bubut', 'Kajen, Talang', 12),
  }),
  ikm({
    key: 'karya-mandiri-presisi', name: 'CV Karya Mandiri Presisi', kecamatanCode: TALANG,
    owner: 'Wahyu Nugroho', email: 'karyamandiri@ikm.demo', phone: '+62 857 4200 0103',
    profile: metal('29300', ['LASER_CUTTING', 'BENDING', 'POWDER_COATING'], ['SPCC', 'AL5052'], 'Bracket dan cover komponen otomotif', 'Talang', 18),
  }),
  ikm({
    key: 'maju-bersama-las', name: 'UD Maju Bersama Las', kecamatanCode: TALANG,
    owner: 'Agus Salim', email: 'majubersama@ikm.demo', phone: '+62 857 4200 0104',
    profile: metal('29200', ['WELDING_MIG', 'WELDING_SMAW', 'BENDING'], ['SS400'], 'Rangka kursi bus dan rangka bagasi', 'Dawuhan, Talang', 15),
  }),
  ikm({
    key: 'mitra-baja-talang', name: 'CV Mitra Baja Talang', kecamatanCode: TALANG,
    owner: 'Bambang Sutrisno', email: 'mitrabaja@ikm.demo', phone: '+62 857 4200 0105',
    profile: metal('30113', ['SHEARING', 'BENDING', 'WELDING_MIG', 'GALVANIZING'], ['SS400', 'GALVANIZED_STEEL'], 'Bolder, tangga dan perlengkapan dek kapal', 'Talang', 20),
  }),
  ikm({
    key: 'sinar-kuningan-pesayangan', name: 'UD Sinar Kuningan Pesayangan', kecamatanCode: TALANG,
    owner: 'Siti Aminah', email: 'sinarkuningan@ikm.demo', phone: '+62 857 4200 0106',
    profile: metal('24310', ['CASTING', 'CONVENTIONAL_TURNING'], ['BRASS', 'COPPER'], 'Fitting kuningan, keran dan bushing tembaga', 'Pesayangan, Talang', 9),
  }),
  ikm({
    key: 'cahaya-presisi-kajen', name: 'CV Cahaya Presisi Kajen', kecamatanCode: TALANG,
    owner: 'Dwi Prasetyo', email: 'cahayapresisi@ikm.demo', phone: '+62 857 4200 0107',
    profile: metal('25920', ['CNC_MILLING', 'CNC_TURNING'], ['AL6061', 'S45C'], 'Jig, fixture dan komponen mesin presisi', 'Kajen, Talang', 11),
  }),
  ikm({
    key: 'berkah-las-dawuhan', name: 'UD Berkah Las Dawuhan', kecamatanCode: TALANG,
    owner: 'Eko Susanto', email: 'berkahlas@ikm.demo', phone: '+62 857 4200 0108',
    profile: metal('25920', ['WELDING_TIG', 'BENDING', 'SHEARING'], ['SUS304', 'SUS201'], 'Tangki, meja dan peralatan dapur stainless', 'Dawuhan, Talang', 8),
  }),

  // Adiwerna: the second metal sentra (Ujungrusi, Lemahduwur, Pesarean).
  ikm({
    key: 'adi-jaya-logam', name: 'CV Adi Jaya Logam', kecamatanCode: ADIWERNA, featured: true,
    owner: 'Nur Hidayat', email: 'adijaya@ikm.demo', phone: '+62 858 4300 0201',
    profile: metal('30912', ['STAMPING', 'DEEP_DRAWING', 'WELDING_MIG'], ['SPCC', 'SPHC'], 'Komponen rangka dan bracket sepeda motor', 'Adiwerna', 30),
  }),
  ikm({
    key: 'sentosa-teknik-adiwerna', name: 'UD Sentosa Teknik Adiwerna', kecamatanCode: ADIWERNA,
    owner: 'Joko Santoso', email: 'sentosateknik@ikm.demo', phone: '+62 858 4300 0202',
    profile: metal('28210', ['CONVENTIONAL_TURNING', 'WELDING_SMAW', 'BENDING'], ['S45C', 'SS400'], 'Mesin perontok padi dan suku cadang alat pertanian', 'Adiwerna', 14),
  }),
  ikm({
    key: 'putra-mandiri-ujungrusi', name: 'CV Putra Mandiri Ujungrusi', kecamatanCode: ADIWERNA,
    owner: 'Teguh Wibowo', email: 'putramandiri@ikm.demo', phone: '+62 858 4300 0203',
    profile: metal('24310', ['CASTING', 'CONVENTIONAL_TURNING'], ['CAST_IRON'], 'Pulley, tromol dan komponen cor besi', 'Ujungrusi, Adiwerna', 22),
  }),
  ikm({
    key: 'tani-makmur-pesarean', name: 'UD Tani Makmur Pesarean', kecamatanCode: ADIWERNA,
    owner: 'Muhammad Fauzan', email: 'tanimakmur@ikm.demo', phone: '+62 858 4300 0204',
    profile: metal('25931', ['FORGING', 'SHEARING'], ['S45C'], 'Cangkul, sabit dan perkakas tangan pertanian', 'Pesarean, Adiwerna', 10),
  }),
  ikm({
    key: 'berkah-abadi-lemahduwur', name: 'CV Berkah Abadi Lemahduwur', kecamatanCode: ADIWERNA,
    owner: 'Heru Purnomo', email: 'berkahabadi@ikm.demo', phone: '+62 858 4300 0205',
    profile: metal('25952', ['CONVENTIONAL_TURNING', 'FORGING', 'GALVANIZING'], ['S45C', 'SS400'], 'Mur, baut dan pin khusus', 'Lemahduwur, Adiwerna', 16),
  }),
  ikm({
    key: 'sinar-plastik-adiwerna', name: 'CV Sinar Plastik Adiwerna', kecamatanCode: ADIWERNA,
    owner: 'Sri Lestari', email: 'sinarplastik@ikm.demo', phone: '+62 858 4300 0206',
    profile: {
      sector: Sector.PLASTIC, kbli: '22293', processes: ['INJECTION_MOULDING'], materials: ['PP', 'ABS'],
      products: 'Klip, cover dan komponen interior plastik', locality: 'Adiwerna', workforce: 19,
    },
  }),

  // Kramat: LIK Takaru in Dampyak, home of the Material Center.
  ikm({
    key: 'takaru-logam-utama', name: 'CV Takaru Logam Utama', kecamatanCode: KRAMAT, featured: true,
    owner: 'Budi Santoso', email: 'takarulogam@ikm.demo', phone: '+62 859 4400 0301',
    profile: metal('29200', ['LASER_CUTTING', 'PLASMA_CUTTING', 'BENDING'], ['SPHC', 'SS400'], 'Pelat potong dan komponen tekuk untuk bodi bus', 'LIK Takaru, Dampyak', 26),
  }),
  ikm({
    key: 'dampyak-jaya-mandiri', name: 'UD Dampyak Jaya Mandiri', kecamatanCode: KRAMAT,
    owner: 'Yuli Astuti', email: 'dampyakjaya@ikm.demo', phone: '+62 859 4400 0302',
    profile: metal('29200', ['SHEARING', 'BENDING', 'WELDING_MIG'], ['GALVANIZED_STEEL', 'SPCC'], 'Panel samping, rangka atap dan lantai karoseri', 'LIK Takaru, Dampyak', 17),
  }),
  ikm({
    key: 'presisi-mekanika-takaru', name: 'CV Presisi Mekanika Takaru', kecamatanCode: KRAMAT,
    owner: 'Imam Syafii', email: 'presisimekanika@ikm.demo', phone: '+62 859 4400 0303',
    profile: metal('25920', ['CNC_TURNING', 'CNC_MILLING'], ['S45C', 'AL6061', 'SUS304'], 'Komponen bubut dan frais CNC presisi', 'LIK Takaru, Dampyak', 13),
  }),
  ikm({
    key: 'kramat-teknik-pemadam', name: 'UD Kramat Teknik Pemadam', kecamatanCode: KRAMAT,
    owner: 'Tri Wahyudi', email: 'kramatteknik@ikm.demo', phone: '+62 859 4400 0304',
    profile: metal('25910', ['DEEP_DRAWING', 'WELDING_MIG', 'POWDER_COATING'], ['SPCC'], 'Tabung pemadam api ringan dan box hydrant', 'Kramat', 12),
  }),
  ikm({
    key: 'bahari-logam-kramat', name: 'CV Bahari Logam Kramat', kecamatanCode: KRAMAT,
    owner: 'Endang Susilowati', email: 'baharilogam@ikm.demo', phone: '+62 859 4400 0305',
    profile: metal('30113', ['CASTING', 'CNC_TURNING'], ['BRASS', 'SUS304'], 'Baling-baling, fitting dan perlengkapan kapal', 'Kramat', 21),
  }),

  // Elsewhere in the district.
  ikm({
    key: 'baja-mandiri-dukuhturi', name: 'CV Baja Mandiri Dukuhturi', kecamatanCode: '3328130',
    owner: 'Mulyono', email: 'bajamandiri@ikm.demo', phone: '+62 857 4500 0401',
    profile: metal('29200', ['WELDING_SMAW', 'BENDING', 'SHEARING'], ['SS400'], 'Rangka bak truk dan sasis tambahan', 'Dukuhturi', 14),
  }),
  ikm({
    key: 'slawi-rekayasa-teknik', name: 'UD Slawi Rekayasa Teknik', kecamatanCode: '3328100',
    owner: 'Rohmat', email: 'slawirekayasa@ikm.demo', phone: '+62 857 4500 0402',
    profile: metal('25920', ['POWDER_COATING', 'GALVANIZING'], ['SPCC', 'GALVANIZED_STEEL'], 'Jasa powder coating dan galvanis komponen', 'Slawi', 9),
  }),
  ikm({
    key: 'tarub-plastindo', name: 'CV Tarub Plastindo', kecamatanCode: '3328150',
    owner: 'Kusnadi', email: 'tarubplastindo@ikm.demo', phone: '+62 857 4500 0403',
    profile: {
      sector: Sector.PLASTIC, kbli: '22220', processes: ['BLOW_MOULDING', 'EXTRUSION'], materials: ['HDPE', 'PP'],
      products: 'Jeriken, botol dan kemasan plastik', locality: 'Tarub', workforce: 23,
    },
  }),
  ikm({
    key: 'kopi-bumijawa', name: 'UD Kopi Bumijawa Lestari', kecamatanCode: '3328020',
    owner: 'Ahmad Fikri', email: 'kopibumijawa@ikm.demo', phone: '+62 857 4500 0404',
    profile: {
      sector: Sector.AGRO, kbli: '10761', processes: ['DRYING', 'ROASTING', 'PACKAGING'], materials: ['COFFEE_BEAN'],
      products: 'Kopi robusta dan arabika sangrai, bubuk dan biji', locality: 'Bumijawa', workforce: 7,
    },
  }),
  ikm({
    key: 'gula-aren-lebaksiu', name: 'UD Manis Legi Lebaksiu', kecamatanCode: '3328060',
    owner: 'Suharti', email: 'manislegi@ikm.demo', phone: '+62 857 4500 0405',
    profile: {
      sector: Sector.AGRO, kbli: '10722', processes: ['DRYING', 'PACKAGING'], materials: ['PALM_SUGAR'],
      products: 'Gula merah cetak dan gula semut', locality: 'Lebaksiu', workforce: 6,
    },
  }),
  ikm({
    key: 'kerupuk-warureja', name: 'UD Kerupuk Sari Warureja', kecamatanCode: '3328180',
    owner: 'Rina Kartika', email: 'kerupuksari@ikm.demo', phone: '+62 857 4500 0406',
    profile: {
      sector: Sector.AGRO, kbli: '10794', processes: ['FRYING', 'PACKAGING'], materials: ['CASSAVA'],
      products: 'Kerupuk dan keripik singkong kemasan', locality: 'Warureja', workforce: 11,
    },
  }),
];
