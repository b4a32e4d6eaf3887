import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '../fileTree';

/** How two renders of the same stack differ, file by file. */
export interface OutputComparison {
  identical: number;
  differing: string[];
  onlyInOurs: string[];
  onlyInStock: string[];
}

export function compareOutputs(
  oursDir: string,
  stockDir: string,
): OutputComparison {
  const ours = new Set(listFiles(oursDir));
  const stock = new Set(listFiles(stockDir));
  const comparison: OutputComparison = {
    identical: 0,
    differing: [],
    onlyInOurs: [...ours].filter(f => !stock.has(f)).sort(),
    onlyInStock: [...stock].filter(f => !ours.has(f)).sort(),
  };
  for (const file of [...ours].filter(f => stock.has(f)).sort()) {
    const same = fs
      .readFileSync(path.join(oursDir, file))
      .equals(fs.readFileSync(path.join(stockDir, file)));
    if (same) comparison.identical += 1;
    else comparison.differing.push(file);
  }
  return comparison;
}
