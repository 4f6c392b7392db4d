import { hideFieldSuggestions, withoutFieldSuggestions } from './hide-field-suggestions';

describe('hideFieldSuggestions', () => {
  it.each([
    ['Cannot query field "taxonomi" on type "Query". Did you mean "taxonomy"?', 'Cannot query field "taxonomi" on type "Query".'],
    ['Unknown argument "frist" on field "Query.deals". Did you mean "first" or "after"?', 'Unknown argument "frist" on field "Query.deals".'],
    ['Value "OPN" does not exist in "RfqStatus" enum. Did you mean the enum value "OPEN"?', 'Value "OPN" does not exist in "RfqStatus" enum.'],
    ['Variable "$input" got invalid value { emial: "x" }; Field "emial" is not defined by type "RegisterInput". Did you mean "email"?',
      'Variable "$input" got invalid value { emial: "x" }; Field "emial" is not defined by type "RegisterInput".'],
  ])('removes the suggestion from %s', (message, expected) => {
    expect(withoutFieldSuggestions(message)).toBe(expected);
    expect(hideFieldSuggestions({ message, extensions: { code: 'BAD_USER_INPUT' } })).toEqual({ message: expected, extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('leaves other messages as they are', () => {
    const formatted = { message: 'E-mail or password is wrong' };
    expect(hideFieldSuggestions(formatted)).toBe(formatted);
  });
});
