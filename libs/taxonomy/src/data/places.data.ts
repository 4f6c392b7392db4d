import type { NamedPlace } from '../taxonomy.types';
import { frozenList } from './frozen';

function place(code: string, label: string, labelId: string, lat: number, lng: number): NamedPlace {
  return { code, label, labelId, location: { lat, lng } };
}

/** Buyer sites visited by the Dinas in 2023, the district capital and the Material Center (approximate points). */
export const NAMED_PLACES: readonly NamedPlace[] = frozenList([
  place('KAWASAN_INDUSTRI_KENDAL', 'Kendal Industrial Park (KIK)', 'Kawasan Industri Kendal (KIK)', -6.93, 110.22),
  place('NEW_ARMADA_MAGELANG', 'Karoseri New Armada, Magelang', 'Karoseri New Armada, Magelang', -7.47, 110.22),
  place('LAKSANA_UNGARAN', 'Karoseri Laksana, Ungaran', 'Karoseri Laksana, Ungaran', -7.14, 110.41),
  place('SLAWI', 'Slawi (district capital)', 'Slawi (ibu kota kabupaten)', -6.98, 109.14),
  place('LIK_TAKARU', 'Material Center, LIK Takaru (Dampyak, Kramat)', 'Material Center, LIK Takaru (Dampyak, Kramat)', -6.87, 109.16),
]);
