import { Sector } from '../sector';
import type { SectorDefinition } from '../taxonomy.types';
import { frozenList } from './frozen';

export const SECTORS: readonly SectorDefinition[] = frozenList<SectorDefinition>([
  { code: Sector.METAL, label: 'Metalworking', labelId: 'Logam' },
  { code: Sector.PLASTIC, label: 'Plastics', labelId: 'Plastik' },
  { code: Sector.AGRO, label: 'Agro-processing', labelId: 'Pengolahan hasil pertanian (agro)' },
]);
