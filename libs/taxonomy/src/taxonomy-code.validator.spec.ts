import { Sector } from './sector';
import {
  codesOutsideSectors,
  unknownCodes,
  validateCodes,
  validateCodesInSectors,
} from './taxonomy-code.validator';

describe('unknownCodes', () => {
  it('returns the distinct unknown codes in input order', () => {
    expect(unknownCodes('process', ['BENDING', 'WELDING', 'bending', 'WELDING'])).toEqual(['WELDING', 'bending']);
  });

  it('returns nothing when every code is known', () => {
    expect(unknownCodes('material', ['SPCC', 'HDPE', 'RICE'])).toEqual([]);
    expect(unknownCodes('certification', ['SNI', 'ISO_9001', 'HALAL', 'TKDN'])).toEqual([]);
    expect(unknownCodes('kecamatan', ['3328140', '3328120'])).toEqual([]);
    expect(unknownCodes('sector', ['METAL'])).toEqual([]);
  });

  it('checks each kind against its own list', () => {
    expect(unknownCodes('process', ['SPCC'])).toEqual(['SPCC']);
    expect(unknownCodes('kecamatan', ['Talang', '3328'])).toEqual(['Talang', '3328']);
    expect(unknownCodes('kbli', ['25920', '12345'])).toEqual(['12345']);
  });
});

describe('validateCodes', () => {
  it('reports each unknown entry with its index', () => {
    expect(validateCodes('certification', ['SNI', 'CE', 'HALAL', 'FDA'], 'certifications')).toEqual([
      { field: 'certifications[1]', value: 'CE', message: 'Unknown certification code "CE".' },
      { field: 'certifications[3]', value: 'FDA', message: 'Unknown certification code "FDA".' },
    ]);
  });

  it('accepts an empty list', () => {
    expect(validateCodes('process', [], 'processes')).toEqual([]);
  });
});

describe('codesOutsideSectors', () => {
  it('finds known codes of another sector and ignores unknown ones', () => {
    expect(codesOutsideSectors('process', ['BENDING', 'INJECTION_MOULDING', 'NOPE'], [Sector.METAL])).toEqual([
      'INJECTION_MOULDING',
    ]);
    expect(codesOutsideSectors('material', ['SPCC', 'HDPE'], [Sector.METAL, Sector.PLASTIC])).toEqual([]);
  });
});

describe('validateCodesInSectors', () => {
  it('reports unknown codes and codes of other sectors', () => {
    expect(
      validateCodesInSectors('process', ['BENDING', 'INJECTION_MOULDING', 'NOPE'], [Sector.METAL], 'processes'),
    ).toEqual([
      {
        field: 'processes[1]',
        value: 'INJECTION_MOULDING',
        message: 'The process "INJECTION_MOULDING" belongs to sector PLASTIC, not to the selected sectors (METAL).',
      },
      { field: 'processes[2]', value: 'NOPE', message: 'Unknown process code "NOPE".' },
    ]);
  });

  it('accepts codes spread over several selected sectors', () => {
    expect(validateCodesInSectors('material', ['SS400', 'PP'], [Sector.METAL, Sector.PLASTIC], 'materials')).toEqual([]);
  });

  it('refuses every known code when no sector is selected', () => {
    expect(validateCodesInSectors('material', ['SS400'], [], 'materials')[0]?.message).toContain('(none)');
  });
});
