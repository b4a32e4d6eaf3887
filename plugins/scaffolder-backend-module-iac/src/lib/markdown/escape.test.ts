import { markdownText } from './escape';

describe('markdownText', () => {
  it.each([
    ['[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['a | b', 'a \\| b'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['line\nbreak', 'line break'],
    ['billpay-dev-vpc', 'billpay-dev-vpc'],
  ])('escapes %j', (input, expected) => {
    expect(markdownText(input)).toBe(expected);
  });
});
