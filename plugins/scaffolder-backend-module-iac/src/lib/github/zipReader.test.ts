import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readZip } from './zipReader';

describe('readZip', () => {
  it('reads stored and deflated entries written by a real zip tool', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-'));
    const python = `
import zipfile, sys
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr('outputs.json', '{"vpc_id": {"value": "vpc-123"}}', compress_type=zipfile.ZIP_DEFLATED)
    z.writestr('plan-summary.md', 'Plan: 3 to add', compress_type=zipfile.ZIP_STORED)
    z.writestr('nested/', '')
`;
    const archive = path.join(dir, 'a.zip');
    execFileSync('python3', ['-c', python, archive]);
    const files = readZip(fs.readFileSync(archive));
    expect([...files.keys()].sort()).toEqual(['outputs.json', 'plan-summary.md']);
    expect(JSON.parse(files.get('outputs.json')!.toString())).toEqual({
      vpc_id: { value: 'vpc-123' },
    });
    expect(files.get('plan-summary.md')!.toString()).toBe('Plan: 3 to add');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses something that is not a ZIP archive', () => {
    expect(() => readZip(Buffer.from('not a zip at all, just some text'))).toThrow(
      /Not a ZIP archive/,
    );
  });
});
