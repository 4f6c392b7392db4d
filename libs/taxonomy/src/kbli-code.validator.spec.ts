import { validateKbliCode } from './kbli-code.validator';

describe('validateKbliCode', () => {
  it.each(['25920', '10761', '00000', '99999'])('accepts the 5-digit code %s', (code) => {
    expect(validateKbliCode(code)).toEqual([]);
  });

  it.each(['2592', '259200', '2592a', ' 25920', '25920 ', '25.92', '-2592', '', '２５９２０', '2592\n'])(
    'refuses %j',
    (code) => {
      expect(validateKbliCode(code, 'kbliCodes[1]')).toEqual([
        { field: 'kbliCodes[1]', value: code, message: expect.stringContaining('5 digits') },
      ]);
    },
  );

  it.each([25920, null, undefined, ['25920']])('refuses the non-string %p', (code) => {
    expect(validateKbliCode(code)).toEqual([{ field: 'kbliCode', value: code, message: expect.any(String) }]);
  });
});
