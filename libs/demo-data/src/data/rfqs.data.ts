import { Sector } from '@jalin/taxonomy';

export interface DemoRfq {
  readonly buyerKey: string;
  readonly title: string;
  readonly description: string;
  readonly sector: Sector;
  readonly processes: readonly string[];
  readonly materials: readonly string[];
  readonly requiredCertifications: readonly string[];
  readonly quantity: number;
  readonly unit: string;
  readonly targetUnitPrice: bigint | null;
  /** Days from the seeding day. */
  readonly neededInDays: number;
  readonly quoteInDays: number;
  readonly sealed?: boolean;
}

const KENDAL = 'buyer.kendal-presisi';
const MAGELANG = 'buyer.karoseri-magelang';
const UNGARAN = 'buyer.karoseri-ungaran';

/** Open requests modelled on what the seed's buyers source from a metal, plastic and agro cluster. */
export const DEMO_RFQS: readonly DemoRfq[] = [
  { buyerKey: MAGELANG, title: 'Bracket dudukan kursi bus SS400 3 mm', description: 'Bracket kursi penumpang, laser cut dan bending sesuai gambar, finishing cat dasar.', sector: Sector.METAL, processes: ['LASER_CUTTING', 'BENDING'], materials: ['SS400'], requiredCertifications: ['SNI'], quantity: 2000, unit: 'pcs', targetUnitPrice: 18500n, neededInDays: 60, quoteInDays: 14 },
  { buyerKey: MAGELANG, title: 'Panel samping bodi bus (skin panel) galvanis', description: 'Panel 1,2 mm galvanis, potong dan tekuk, 6 varian ukuran.', sector: Sector.METAL, processes: ['SHEARING', 'BENDING'], materials: ['GALVANIZED_STEEL'], requiredCertifications: [], quantity: 12000, unit: 'pcs', targetUnitPrice: 95000n, neededInDays: 45, quoteInDays: 10 },
  { buyerKey: UNGARAN, title: 'Rangka tangga pintu bus, las MIG', description: 'Rangka tangga pintu depan dan tengah, pipa hollow dan plat, las MIG, powder coating hitam.', sector: Sector.METAL, processes: ['WELDING_MIG', 'POWDER_COATING'], materials: ['SS400'], requiredCertifications: ['SNI'], quantity: 400, unit: 'set', targetUnitPrice: 650000n, neededInDays: 50, quoteInDays: 12, sealed: true },
  { buyerKey: KENDAL, title: 'Bushing bubut S45C untuk conveyor', description: 'Bushing diameter 40 mm, toleransi h7, bubut CNC.', sector: Sector.METAL, processes: ['CNC_TURNING'], materials: ['S45C'], requiredCertifications: ['ISO_9001'], quantity: 5000, unit: 'pcs', targetUnitPrice: 22000n, neededInDays: 40, quoteInDays: 10 },
  { buyerKey: KENDAL, title: 'Komponen plastik injeksi PP untuk kemasan', description: 'Tutup dan klip PP, cetak injeksi, warna natural.', sector: Sector.PLASTIC, processes: ['INJECTION_MOULDING'], materials: ['PP'], requiredCertifications: [], quantity: 50000, unit: 'pcs', targetUnitPrice: 850n, neededInDays: 35, quoteInDays: 7 },
  { buyerKey: KENDAL, title: 'Gula merah cetak untuk kantin pabrik', description: 'Gula merah kelapa, kemasan 1 kg, bersertifikat halal.', sector: Sector.AGRO, processes: ['PACKAGING'], materials: ['PALM_SUGAR'], requiredCertifications: ['HALAL'], quantity: 1500, unit: 'kg', targetUnitPrice: 21000n, neededInDays: 30, quoteInDays: 7 },
];
