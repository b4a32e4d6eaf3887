import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes `count` text files of about 1 KB each, the size of a generated Terragrunt or OpenTofu
 * file, spread over folders of 50, into `dir`.
 */
export function writeSyntheticFiles(dir: string, count: number): void {
  for (let i = 0; i < count; i++) {
    const name = String(i).padStart(4, '0');
    const file = path.join(
      dir,
      `modules/group-${Math.floor(i / 50)}/file-${name}.tf`,
    );
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const lines = [
      `# Generated file ${name}`,
      `resource "null_resource" "r${name}" {`,
    ];
    for (let line = 0; line < 20; line++) {
      lines.push(`  # setting ${line} of file ${name}: ${'x'.repeat(20)}`);
    }
    lines.push('}', '');
    fs.writeFileSync(file, lines.join('\n'));
  }
}
