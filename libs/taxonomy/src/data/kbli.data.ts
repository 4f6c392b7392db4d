import { Sector } from '../sector';
import type { KbliEntry } from '../taxonomy.types';
import { frozenList } from './frozen';

function kbli2020(sector: Sector, code: string, label: string, labelId: string): KbliEntry {
  return { version: '2020', sector, code, label, labelId };
}

/**
 * KBLI 2020 codes common among Tegal IKMs. A hint list for validation messages and demo data,
 * not the full classification: a well-formed code missing here may still be valid.
 * Labels are short descriptions of the BPS titles, not the official wording.
 */
export const KBLI_CODES: readonly KbliEntry[] = frozenList([
  kbli2020(Sector.METAL, '24310', 'Iron and steel casting', 'Pengecoran besi dan baja'),
  kbli2020(Sector.METAL, '25910', 'Metal forging, pressing, stamping and roll-forming', 'Penempaan, pengepresan, pencetakan dan pembentukan logam'),
  kbli2020(Sector.METAL, '25920', 'Metal treatment and machining services', 'Jasa pengerjaan khusus logam'),
  kbli2020(Sector.METAL, '25931', 'Agricultural hand tools', 'Alat potong dan perkakas tangan pertanian'),
  kbli2020(Sector.METAL, '25952', 'Nails, nuts and bolts', 'Paku, mur dan baut'),
  kbli2020(Sector.METAL, '28210', 'Agricultural machinery', 'Mesin pertanian'),
  kbli2020(Sector.METAL, '29200', 'Bus and truck body building (karoseri)', 'Karoseri kendaraan bermotor'),
  kbli2020(Sector.METAL, '29300', 'Motor-vehicle parts and accessories', 'Suku cadang dan aksesori kendaraan bermotor'),
  kbli2020(Sector.METAL, '30113', 'Ship parts and fittings', 'Komponen dan perlengkapan kapal'),
  kbli2020(Sector.METAL, '30912', 'Motorcycle components', 'Komponen dan perlengkapan sepeda motor'),
  kbli2020(Sector.PLASTIC, '22220', 'Plastic packaging', 'Barang plastik untuk pengemasan'),
  kbli2020(Sector.PLASTIC, '22230', 'Plastic pipes and fittings', 'Pipa plastik dan perlengkapannya'),
  kbli2020(Sector.PLASTIC, '22293', 'Technical and industrial plastic goods', 'Barang plastik untuk keperluan teknik/industri'),
  kbli2020(Sector.PLASTIC, '22299', 'Other plastic goods', 'Barang plastik lainnya'),
  kbli2020(Sector.AGRO, '10391', 'Tempe', 'Tempe kedelai'),
  kbli2020(Sector.AGRO, '10392', 'Tofu (tahu)', 'Tahu kedelai'),
  kbli2020(Sector.AGRO, '10722', 'Palm sugar (gula merah)', 'Gula merah'),
  kbli2020(Sector.AGRO, '10761', 'Coffee processing', 'Pengolahan kopi'),
  kbli2020(Sector.AGRO, '10794', 'Crackers and chips (kerupuk, keripik)', 'Kerupuk, keripik, peyek dan sejenisnya'),
]);
