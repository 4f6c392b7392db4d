import { Sector } from '../sector';
import type { SectorScopedItem } from '../taxonomy.types';
import { frozenList, sectorItem } from './frozen';

const metal = sectorItem(Sector.METAL);
const plastic = sectorItem(Sector.PLASTIC);
const agro = sectorItem(Sector.AGRO);

/** Process codes are unique across sectors; agro milling is GRAIN_MILLING so it cannot clash with CNC_MILLING. */
export const PROCESSES: readonly SectorScopedItem[] = frozenList([
  metal('LASER_CUTTING', 'Laser cutting', 'Potong laser'),
  metal('PLASMA_CUTTING', 'Plasma cutting', 'Potong plasma'),
  metal('SHEARING', 'Shearing', 'Potong geser (shearing)'),
  metal('BENDING', 'Bending', 'Tekuk (bending)'),
  metal('STAMPING', 'Stamping / pressing', 'Stamping / pres'),
  metal('DEEP_DRAWING', 'Deep drawing', 'Deep drawing (tarik dalam)'),
  metal('CNC_TURNING', 'CNC turning', 'Bubut CNC'),
  metal('CNC_MILLING', 'CNC milling', 'Frais CNC'),
  metal('CONVENTIONAL_TURNING', 'Conventional (manual) turning', 'Bubut konvensional'),
  metal('WELDING_MIG', 'MIG welding', 'Las MIG'),
  metal('WELDING_TIG', 'TIG welding', 'Las TIG (argon)'),
  metal('WELDING_SMAW', 'SMAW (stick) welding', 'Las SMAW (las listrik)'),
  metal('CASTING', 'Metal casting', 'Pengecoran logam'),
  metal('FORGING', 'Forging', 'Tempa'),
  metal('GALVANIZING', 'Galvanizing', 'Galvanis'),
  metal('POWDER_COATING', 'Powder coating', 'Pengecatan serbuk (powder coating)'),

  plastic('INJECTION_MOULDING', 'Injection moulding', 'Cetak injeksi'),
  plastic('BLOW_MOULDING', 'Blow moulding', 'Cetak tiup'),
  plastic('EXTRUSION', 'Extrusion', 'Ekstrusi'),
  plastic('THERMOFORMING', 'Thermoforming', 'Thermoforming (cetak panas)'),
  plastic('ROTATIONAL_MOULDING', 'Rotational moulding', 'Cetak rotasi (rotomoulding)'),

  agro('DRYING', 'Drying', 'Pengeringan'),
  agro('GRAIN_MILLING', 'Milling (grain, flour)', 'Penggilingan (biji, tepung)'),
  agro('ROASTING', 'Roasting', 'Penyangraian'),
  agro('FRYING', 'Frying (crackers, chips)', 'Penggorengan (kerupuk, keripik)'),
  agro('FERMENTATION', 'Fermentation (tempe)', 'Fermentasi (tempe)'),
  agro('PACKAGING', 'Food packaging', 'Pengemasan pangan'),
  agro('COLD_STORAGE', 'Cold storage', 'Penyimpanan dingin'),
]);
