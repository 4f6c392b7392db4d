import { Sector } from '../sector';
import type { SectorScopedItem } from '../taxonomy.types';
import { frozenList, sectorItem } from './frozen';

const metal = sectorItem(Sector.METAL);
const plastic = sectorItem(Sector.PLASTIC);
const agro = sectorItem(Sector.AGRO);

/** Material codes are unique across sectors. Metal codes follow the JIS grades used in Indonesian trade. */
export const MATERIALS: readonly SectorScopedItem[] = frozenList([
  metal('SPCC', 'SPCC cold-rolled steel sheet', 'Pelat baja canai dingin SPCC'),
  metal('SPHC', 'SPHC hot-rolled steel sheet', 'Pelat baja canai panas SPHC'),
  metal('SS400', 'SS400 structural steel', 'Baja struktural SS400'),
  metal('S45C', 'S45C medium-carbon steel', 'Baja karbon menengah S45C'),
  metal('SUS304', 'SUS304 stainless steel', 'Baja tahan karat SUS304'),
  metal('SUS201', 'SUS201 stainless steel', 'Baja tahan karat SUS201'),
  metal('AL5052', 'Aluminium 5052', 'Aluminium 5052'),
  metal('AL6061', 'Aluminium 6061', 'Aluminium 6061'),
  metal('GALVANIZED_STEEL', 'Galvanized steel (GI)', 'Baja galvanis (GI)'),
  metal('BRASS', 'Brass', 'Kuningan'),
  metal('COPPER', 'Copper', 'Tembaga'),
  metal('CAST_IRON', 'Cast iron', 'Besi cor'),

  plastic('HDPE', 'High-density polyethylene (HDPE)', 'Polietilena densitas tinggi (HDPE)'),
  plastic('LDPE', 'Low-density polyethylene (LDPE)', 'Polietilena densitas rendah (LDPE)'),
  plastic('PP', 'Polypropylene (PP)', 'Polipropilena (PP)'),
  plastic('ABS', 'ABS', 'ABS'),
  plastic('PVC', 'Polyvinyl chloride (PVC)', 'Polivinil klorida (PVC)'),
  plastic('PET', 'Polyethylene terephthalate (PET)', 'Polietilena tereftalat (PET)'),
  plastic('PS', 'Polystyrene (PS)', 'Polistirena (PS)'),
  plastic('PC', 'Polycarbonate (PC)', 'Polikarbonat (PC)'),
  plastic('NYLON', 'Nylon (PA)', 'Nilon (PA)'),

  agro('COFFEE_BEAN', 'Coffee beans', 'Biji kopi'),
  agro('TEA_LEAF', 'Tea leaves', 'Daun teh'),
  agro('CASSAVA', 'Cassava', 'Singkong'),
  agro('SOYBEAN', 'Soybeans', 'Kedelai'),
  agro('PALM_SUGAR', 'Palm sugar', 'Gula merah'),
  agro('RICE', 'Rice', 'Beras'),
  agro('CORN', 'Corn', 'Jagung'),
]);
