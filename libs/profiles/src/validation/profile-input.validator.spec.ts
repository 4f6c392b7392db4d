import { Sector } from '@jalin/taxonomy';
import { ProfileInput } from './profile-input';
import { checkProfileInput } from './profile-input.validator';

const valid = (overrides: Partial<ProfileInput> = {}): ProfileInput => ({
  sectors: [Sector.METAL],
  processes: ['BENDING', 'LASER_CUTTING'],
  materials: ['SS400'],
  certifications: [{ code: 'SNI', number: ' SPPT-SNI 1/2025 ', validUntil: '2028-12-31' }],
  kbliCodes: ['25910'],
  monthlyCapacity: { quantity: 2000, unit: 'PCS' },
  minOrderQuantity: 100,
  leadTimeDays: 14,
  kecamatanCode: '3328140',
  location: { lat: -6.91, lng: 109.15 },
  machines: ['  Press brake   100 t '],
  workforce: 12,
  ...overrides,
});

const issuesOf = (input: ProfileInput) => checkProfileInput(input).issues.map((i) => [i.field, i.value]);

describe('checkProfileInput', () => {
  it('gives canonical content for a valid input: codes in catalog order, texts trimmed, KBLI with its edition', () => {
    const { content, issues } = checkProfileInput(valid());
    expect(issues).toEqual([]);
    expect(content).toMatchObject({
      processes: ['LASER_CUTTING', 'BENDING'],
      certifications: [{ code: 'SNI', number: 'SPPT-SNI 1/2025', validUntil: '2028-12-31' }],
      kbli: [{ code: '25910', version: '2020' }],
      capacityUnit: 'pcs',
      machines: ['Press brake 100 t'],
    });
  });

  it.each<[string, Partial<ProfileInput>, string, unknown]>([
    ['an unknown process', { processes: ['BENDING', 'TELEPORTING'] }, 'input.processes[1]', 'TELEPORTING'],
    ['an unknown material', { materials: ['UNOBTANIUM'] }, 'input.materials[0]', 'UNOBTANIUM'],
    ['an unknown certification', { certifications: [{ code: 'ISO_27001' }] }, 'input.certifications[0].code', 'ISO_27001'],
    ['an unknown kecamatan', { kecamatanCode: '3328999' }, 'input.kecamatanCode', '3328999'],
    ['a process of another sector', { processes: ['INJECTION_MOULDING'] }, 'input.processes[0]', 'INJECTION_MOULDING'],
    ['a material of another sector', { materials: ['HDPE'] }, 'input.materials[0]', 'HDPE'],
    ['zero capacity', { monthlyCapacity: { quantity: 0, unit: 'pcs' } }, 'input.monthlyCapacity.quantity', 0],
    ['an absurd capacity', { monthlyCapacity: { quantity: 2_000_000_000, unit: 'pcs' } }, 'input.monthlyCapacity.quantity', 2_000_000_000],
    ['an unknown unit', { monthlyCapacity: { quantity: 10, unit: 'bags' } }, 'input.monthlyCapacity.unit', 'bags'],
    ['a negative minimum order', { minOrderQuantity: -5 }, 'input.minOrderQuantity', -5],
    ['zero lead time', { leadTimeDays: 0 }, 'input.leadTimeDays', 0],
    ['a lead time over a year', { leadTimeDays: 400 }, 'input.leadTimeDays', 400],
    ['a location outside Indonesia', { location: { lat: 51.5, lng: -0.12 } }, 'input.location', { lat: 51.5, lng: -0.12 }],
    ['swapped coordinates', { location: { lat: 109.15, lng: -6.91 } }, 'input.location', { lat: 109.15, lng: -6.91 }],
    ['a 4-digit KBLI code', { kbliCodes: ['2591'] }, 'input.kbliCodes[0]', '2591'],
    ['a KBLI code with letters', { kbliCodes: ['25910', '2591A'] }, 'input.kbliCodes[1]', '2591A'],
    ['an unknown KBLI edition', { kbliVersion: '2017' }, 'input.kbliVersion', '2017'],
    ['an impossible expiry date', { certifications: [{ code: 'SNI', validUntil: '2026-02-30' }] }, 'input.certifications[0].validUntil', '2026-02-30'],
    ['no sector', { sectors: [], processes: [] }, 'input.sectors', []],
    ['an empty machine', { machines: ['Bubut CNC', '  '] }, 'input.machines[1]', '  '],
    ['zero workforce', { workforce: 0 }, 'input.workforce', 0],
  ])('refuses %s, naming the field and the value', (_case, overrides, field, value) => {
    expect(checkProfileInput(valid(overrides)).content).toBeNull();
    expect(issuesOf(valid(overrides))).toContainEqual([field, value]);
  });

  it('reports every problem of one input at once', () => {
    const fields = checkProfileInput(valid({ processes: ['NOPE'], leadTimeDays: 0, kecamatanCode: 'x' })).issues.map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['input.processes[0]', 'input.leadTimeDays', 'input.kecamatanCode']));
  });

  it('accepts several sectors, each process in one of them, and certificates without expiry', () => {
    const { issues } = checkProfileInput(valid({
      sectors: [Sector.PLASTIC, Sector.METAL],
      processes: ['INJECTION_MOULDING', 'BENDING'],
      materials: ['PP', 'SPCC'],
      certifications: [{ code: 'SNI' }, { code: 'SNI', number: 'B', validUntil: null }],
      kbliCodes: ['22293'],
      kbliVersion: '2025',
    }));
    expect(issues).toEqual([]);
  });
});
