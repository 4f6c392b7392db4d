import { loginDelayMs } from './login-delay';

describe('loginDelayMs', () => {
  it('waits nothing until the free failures are spent, then doubles up to the cap', () => {
    expect([10, 11, 12, 13, 14, 15, 16, 1000].map((n) => loginDelayMs(n, 10, 5000))).toEqual([0, 250, 500, 1000, 2000, 4000, 5000, 5000]);
  });
});
