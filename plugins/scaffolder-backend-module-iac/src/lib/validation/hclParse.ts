import { escapeRegExp } from './lines';
import { HclParseResult } from './types';

type HclParser = typeof import('@cdktf/hcl2json');

// The parser starts a Go WebAssembly runtime when its module loads (tens of MiB of RSS), so
// it is loaded on the first parse rather than when the backend starts.
let parser: HclParser | undefined;
function loadParser(): HclParser {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  parser ??= require('@cdktf/hcl2json') as HclParser;
  return parser;
}

/**
 * Parses an HCL file with the OpenTofu parser (compiled to WebAssembly). On failure the message
 * lists every diagnostic as `<file>:<line>,<column>-...: <summary>; <detail>`; each becomes a
 * finding with its line.
 */
export async function parseHcl(
  file: string,
  text: string,
): Promise<HclParseResult> {
  const { parse } = loadParser();
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
