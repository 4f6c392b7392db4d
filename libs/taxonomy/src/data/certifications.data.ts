import type { TaxonomyItem } from '../taxonomy.types';
import { frozenList } from './frozen';

export const CERTIFICATIONS: readonly TaxonomyItem[] = frozenList<TaxonomyItem>([
  { code: 'SNI', label: 'SNI (Indonesian National Standard) conformity', labelId: 'Kesesuaian SNI (Standar Nasional Indonesia)' },
  { code: 'SPPT_SNI', label: 'SNI product certificate (SPPT-SNI)', labelId: 'Sertifikat Produk Penggunaan Tanda SNI (SPPT-SNI)' },
  { code: 'ISO_9001', label: 'ISO 9001 quality management', labelId: 'ISO 9001 sistem manajemen mutu' },
  { code: 'ISO_14001', label: 'ISO 14001 environmental management', labelId: 'ISO 14001 sistem manajemen lingkungan' },
  { code: 'HALAL', label: 'Halal certificate', labelId: 'Sertifikat halal' },
  { code: 'TKDN', label: 'Local content certificate (TKDN, incl. TKDN-IK)', labelId: 'Sertifikat Tingkat Komponen Dalam Negeri (TKDN, termasuk TKDN-IK)' },
]);
