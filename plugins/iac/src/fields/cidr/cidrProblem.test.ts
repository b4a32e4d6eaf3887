import { cidrProblem } from './cidrProblem';

describe('cidrProblem', () => {
  it.each(['10.0.0.0/16', '172.20.0.0/16', '192.168.0.0/16', '10.128.0.0/9'])(
    'accepts %s',
    value => {
      expect(cidrProblem(value)).toBeUndefined();
    },
  );

  it('leaves an empty value to the required check', () => {
    expect(cidrProblem('')).toBeUndefined();
  });

  it.each([
    [
      '10.0.0.0',
      '"10.0.0.0" is not an IPv4 range: write an address and a prefix length, for example 10.0.0.0/16',
    ],
    [
      '10.0.300.0/16',
      '"10.0.300.0/16" is not an IPv4 range: each of the four numbers must be between 0 and 255',
    ],
    [
      '10.0.0.0/33',
      '"10.0.0.0/33" is not an IPv4 range: the prefix length must be between 0 and 32',
    ],
    [
      '10.0.0.1/16',
      '"10.0.0.1/16" is not the first address of its range: did you mean 10.0.0.0/16?',
    ],
    [
      '8.8.0.0/16',
      '"8.8.0.0/16" is not a private range: use one inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16',
    ],
    [
      '172.32.0.0/16',
      '"172.32.0.0/16" is not a private range: use one inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16',
    ],
    ['10.0.0.0/4', '"10.0.0.0/4" is too large: use a /8 or smaller range'],
  ])('refuses %s and says why', (value, problem) => {
    expect(cidrProblem(value)).toBe(problem);
  });

  it('follows the field’s size and privacy rules', () => {
    expect(cidrProblem('10.0.0.0/24', { maxPrefix: 16 })).toBe(
      '"10.0.0.0/24" is too small: use a /16 or larger range (a prefix length of at most 16)',
    );
    expect(cidrProblem('8.8.0.0/16', { privateOnly: false })).toBeUndefined();
    const reserved = [{ cidr: '10.96.0.0/16', use: 'Kubernetes services' }];
    expect(cidrProblem('10.96.0.0/12', { reserved })).toBe(
      '"10.96.0.0/12" overlaps 10.96.0.0/16, which the stack keeps for Kubernetes services: choose another range',
    );
    expect(cidrProblem('10.97.0.0/16', { reserved })).toBeUndefined();
  });
});
