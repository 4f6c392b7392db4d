import type { Kecamatan } from '../taxonomy.types';
import { frozenList } from './frozen';

function kecamatan(code: string, name: string, lat: number, lng: number): Kecamatan {
  return { code, label: name, labelId: name, centroid: { lat, lng } };
}

/**
 * The 18 kecamatan of Kabupaten Tegal with their BPS codes.
 * Centroids are approximate (about 0.01 degree), good enough for demo data and distance ranking,
 * not for maps or boundary checks.
 */
export const KECAMATAN: readonly Kecamatan[] = frozenList([
  kecamatan('3328010', 'Margasari', -7.1, 109.02),
  kecamatan('3328020', 'Bumijawa', -7.17, 109.1),
  kecamatan('3328030', 'Bojong', -7.13, 109.18),
  kecamatan('3328040', 'Balapulang', -7.05, 109.1),
  kecamatan('3328050', 'Pagerbarang', -7.01, 109.06),
  kecamatan('3328060', 'Lebaksiu', -7.04, 109.14),
  kecamatan('3328070', 'Jatinegara', -7.08, 109.25),
  kecamatan('3328080', 'Kedungbanteng', -7.01, 109.21),
  kecamatan('3328090', 'Pangkah', -6.98, 109.17),
  kecamatan('3328100', 'Slawi', -6.98, 109.14),
  kecamatan('3328110', 'Dukuhwaru', -6.97, 109.1),
  kecamatan('3328120', 'Adiwerna', -6.94, 109.13),
  kecamatan('3328130', 'Dukuhturi', -6.9, 109.11),
  kecamatan('3328140', 'Talang', -6.91, 109.15),
  kecamatan('3328150', 'Tarub', -6.93, 109.17),
  kecamatan('3328160', 'Kramat', -6.88, 109.18),
  kecamatan('3328170', 'Suradadi', -6.88, 109.23),
  kecamatan('3328180', 'Warureja', -6.91, 109.28),
]);
