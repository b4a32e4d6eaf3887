import { listWithUnzip, readZipExternally } from './testing/externalUnzip';
import { crc32, createZip } from './zip';

describe('createZip', () => {
  const archive = createZip([
    { name: 'outputs.json', data: '{"vpc":{"value":"vpc-123"}}\n' },
    {
      name: 'plan-summary.md',
      data: Buffer.from('# Plan\n\n- networking: 3 to add\n'),
    },
    { name: 'nested/émoji-✓.txt', data: '' },
  ]);

  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it('is read back, CRCs checked, by Python’s zipfile', () => {
    expect(readZipExternally(archive)).toEqual({
      'outputs.json': '{"vpc":{"value":"vpc-123"}}\n',
      'plan-summary.md': '# Plan\n\n- networking: 3 to add\n',
      'nested/émoji-✓.txt': '',
    });
  });

  it('is listed by unzip', () => {
    const listing = listWithUnzip(archive);
    expect(listing).toContain('outputs.json');
    expect(listing).toContain('plan-summary.md');
    expect(listing).toMatch(/3 files/);
  });
});
