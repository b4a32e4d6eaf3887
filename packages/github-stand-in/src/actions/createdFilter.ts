import { unprocessable } from '../http/errors';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Parses a date or date-time; a bare date spans its whole UTC day. */
function span(text: string): { from: number; to: number } {
  const from = Date.parse(text);
  if (Number.isNaN(from)) {
    throw unprocessable(`Invalid created filter: ${text}`);
  }
  return {
    from,
    to: /^\d{4}-\d{2}-\d{2}$/.test(text) ? from + DAY_MS - 1 : from,
  };
}

/**
 * GitHub's `created` search qualifier: `>=2024-05-01`, `<2024-05-01T10:00:00Z`,
 * `2024-05-01..2024-05-03`, `2024-05-01..*` or a single date.
 */
export function createdFilter(qualifier: string): (ms: number) => boolean {
  const range = /^(.+)\.\.(.+)$/.exec(qualifier);
  if (range) {
    const from = range[1] === '*' ? -Infinity : span(range[1]).from;
    const to = range[2] === '*' ? Infinity : span(range[2]).to;
    return ms => ms >= from && ms <= to;
  }
  const comparison = /^(>=|<=|>|<)(.+)$/.exec(qualifier);
  if (comparison) {
    const { from, to } = span(comparison[2]);
    switch (comparison[1]) {
      case '>=':
        return ms => ms >= from;
      case '>':
        return ms => ms > to;
      case '<=':
        return ms => ms <= to;
      default:
        return ms => ms < from;
    }
  }
  const { from, to } = span(qualifier);
  return ms => ms >= from && ms <= to;
}
