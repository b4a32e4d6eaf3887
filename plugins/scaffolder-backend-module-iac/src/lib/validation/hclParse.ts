import { parse } from '@cdktf/hcl2json';
import { escapeRegExp } from './lines';
import { HclParseResult } from './types';

/**
 * Parses an HCL file with the OpenTofu parser (compiled to WebAssembly). On failure the message
 * lists every diagnostic as `<file>:<line>,<column>-...: <summary>; <detail>`; each becomes a
 * finding with its line.
 */
export async function parseHcl(
  file: string,
  text: string,
): Promise<HclParseResult> {
  try {
    return { body: await parse(file, text), errors: [] };
  } catch (error) {
    const message = String((error as Error)?.message ?? error).replace(
      /^parse config: \[|\]$/g,
      '',
    );
    const marker = new RegExp(
      `${escapeRegExp(file)}:(\\d+),\\d+(?:-(?:\\d+,)?\\d+)?: `,
      'g',
    );
    const starts = [...message.matchAll(marker)];
    if (!starts.length) {
      return { errors: [{ file, message: message.trim() }] };
    }
    return {
      errors: starts.map((match, i) => ({
        file,
        line: Number(match[1]),
        message: message
          .slice(
            match.index! + match[0].length,
            starts[i + 1]?.index ?? message.length,
          )
          .trim()
          .replace(/\.$/, ''),
      })),
    };
  }
}
