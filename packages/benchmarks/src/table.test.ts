import { formatTable } from './table';

describe('formatTable', () => {
  it('pads every column to its widest cell, numbers to the right', () => {
    expect(
      formatTable(
        ['Name', 'Value', 'Notes'],
        [
          ['a', '1 ms', 'first'],
          ['longer', '100 ms', ''],
        ],
      ),
    ).toBe(
      [
        'Name     Value  Notes',
        '------  ------  -----',
        'a         1 ms  first',
        'longer  100 ms',
      ].join('\n'),
    );
  });
});
