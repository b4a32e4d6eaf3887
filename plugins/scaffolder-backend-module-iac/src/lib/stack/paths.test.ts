import { InputError } from '@backstage/errors';
import { isInside, relativePath, resolveInside } from './paths';

describe('relativePath', () => {
  it.each([
    ['.', '.'],
    ['', '.'],
    ['infra', 'infra'],
    ['infra/', 'infra'],
    ['./a//b/./c', 'a/b/c'],
  ])('normalises %j to %j', (value, expected) => {
    expect(relativePath(value, 'targetPath')).toBe(expected);
  });

  it.each([
    ['/etc', 'is absolute'],
    ['../x', 'contains ".."'],
    ['a/../../x', 'contains ".."'],
    ['a\\..\\x', 'contains a backslash'],
    ['a\0b', 'contains a NUL character'],
  ])('refuses %j', (value, problem) => {
    expect(() => relativePath(value, 'targetPath')).toThrow(InputError);
    expect(() => relativePath(value, 'targetPath')).toThrow(problem);
  });
});

describe('resolveInside and isInside', () => {
  it('resolves under the root and knows what is inside', () => {
    expect(resolveInside('/w', 'a/b', 'f')).toBe('/w/a/b');
    expect(isInside('/w', '/w')).toBe(true);
    expect(isInside('/w', '/w/a')).toBe(true);
    expect(isInside('/w', '/wx')).toBe(false);
    expect(isInside('/w', '/')).toBe(false);
  });
});
