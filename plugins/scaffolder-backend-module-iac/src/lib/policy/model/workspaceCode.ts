import fs from 'node:fs/promises';
import path from 'node:path';
import { collectFiles } from '../../validation/collectFiles';
import { parseHcl } from '../../validation/hclParse';
import { escapeRegExp } from '../../validation/lines';

/** An HCL file of the workspace, parsed into @cdktf/hcl2json's JSON form. */
export interface HclFile {
  /** Relative to the workspace folder, `/`-separated. */
  file: string;
  text: string;
  body: Record<string, any>;
}

/** A syntax error that keeps the policies from being evaluated. */
export interface ParseError {
  file: string;
  line?: number;
  message: string;
}

const HCL_FILE = /\.(tf|hcl|tfvars)$/;

/** Parses every OpenTofu, Terragrunt and variables file under `root`. */
export async function readHclFiles(
  root: string,
): Promise<{ files: Map<string, HclFile>; errors: ParseError[] }> {
  const files = new Map<string, HclFile>();
  const errors: ParseError[] = [];
  for (const file of (await collectFiles(root)).filter(f => HCL_FILE.test(f))) {
    const text = await fs.readFile(path.join(root, file), 'utf8');
    const parsed = await parseHcl(file, text);
    if (parsed.body) files.set(file, { file, text, body: parsed.body });
    errors.push(...parsed.errors.map(e => ({ ...e, file })));
  }
  return { files, errors };
}

/** The blocks of one type in a body: hcl2json gives a list of bodies per block. */
export function blocksOf(body: unknown, type: string): Record<string, any>[] {
  const blocks = (body as Record<string, unknown> | undefined)?.[type];
  return Array.isArray(blocks) ? blocks : [];
}

/** Labelled blocks (`resource "type" "name"`, `include "root"`): label to bodies. */
export function labelledBlocks(
  body: unknown,
  type: string,
): Array<[string, Record<string, any>]> {
  const byLabel = (body as Record<string, unknown> | undefined)?.[type];
  if (!byLabel || typeof byLabel !== 'object' || Array.isArray(byLabel)) {
    return [];
  }
  return Object.entries(byLabel).flatMap(([label, bodies]) =>
    (Array.isArray(bodies) ? bodies : []).map(
      b => [label, b] as [string, Record<string, any>],
    ),
  );
}

/** The line (from 1) of the first line of `text` at or after `from` that matches `pattern`. */
export function lineMatching(
  text: string,
  pattern: RegExp,
  from = 1,
  stopAtBlockEnd = false,
): number | undefined {
  const lines = text.split('\n');
  for (let i = from - 1; i < lines.length; i++) {
    if (pattern.test(lines[i])) return i + 1;
    // A top-level block ends at a `}` in the first column.
    if (stopAtBlockEnd && i >= from && lines[i].startsWith('}'))
      return undefined;
  }
  return undefined;
}

/** The line of `name = ...` (or `name {`) inside the block that starts at `from`. */
export function attributeLine(
  text: string,
  name: string,
  from = 1,
): number | undefined {
  return lineMatching(
    text,
    new RegExp(`^\\s*"?${escapeRegExp(name)}"?\\s*(=[^=>]|=$|\\{)`),
    from,
    true,
  );
}
