import {
  Document,
  LineCounter,
  Node,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
} from 'yaml';

/** A parsed YAML document with a way to find the line of a path in it. */
export interface LocatedDocument {
  document: Document;
  /** Line where the document starts. */
  line: number;
  /**
   * Line of the node at `path` (keys and indexes); for a path that does not exist (a missing
   * property), the line of its nearest existing parent.
   */
  lineOf(path: Array<string | number>): number;
}

export interface ParsedYaml {
  documents: LocatedDocument[];
  /** Syntax errors with their line. */
  errors: Array<{ line: number; message: string }>;
}

/** Parses every document of a YAML text, keeping what is needed to report lines. */
export function parseYamlWithLines(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  const line = (offset: number) => lineCounter.linePos(offset).line;
  if (!Array.isArray(docs)) {
    return { documents: [], errors: [] };
  }
  const errors = docs.flatMap(doc =>
    doc.errors.map(e => ({
      line: line(e.pos[0]),
      message: e.message.split('\n')[0],
    })),
  );
  const documents = docs.map(document => {
    const start =
      (document.contents as Node | null)?.range?.[0] ?? document.range[0];
    return {
      document,
      line: line(start),
      lineOf(path: Array<string | number>) {
        let node: unknown = document.contents;
        let found = start;
        for (const key of path) {
          let next: unknown;
          if (isMap(node)) {
            const pair = node.items.find(
              p =>
                isPair(p) &&
                isScalar(p.key) &&
                String(p.key.value) === String(key),
            );
            found = (pair?.key as Node | undefined)?.range?.[0] ?? found;
            next = pair?.value;
          } else if (isSeq(node) && /^\d+$/.test(String(key))) {
            next = node.items[Number(key)];
            found = (next as Node | undefined)?.range?.[0] ?? found;
          }
          if (!next) break;
          node = next;
        }
        return line(found);
      },
    };
  });
  return { documents, errors };
}
