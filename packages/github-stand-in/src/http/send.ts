import { randomBytes } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';

export const JSON_TYPE = 'application/json; charset=utf-8';

/** Headers every API answer carries; the last one tells a reader this is not GitHub. */
export function apiHeaders(): Record<string, string> {
  return {
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
    'x-github-stand-in': 'local-sandbox',
  };
}

export function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body?: string | Buffer,
): void {
  if (res.headersSent || res.destroyed) {
    return;
  }
  res.writeHead(status, {
    ...headers,
    ...(body === undefined
      ? {}
      : { 'content-length': String(Buffer.byteLength(body)) }),
  });
  res.end(body);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  send(
    res,
    status,
    { 'content-type': JSON_TYPE, ...headers },
    JSON.stringify(body),
  );
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** GitHub's error body: a message, where to read more, and the status as text. */
export function errorBody(
  status: number,
  message: string,
  documentationUrl: string,
  details: Record<string, unknown> = {},
) {
  return {
    message,
    documentation_url: documentationUrl,
    status: String(status),
    ...details,
  };
}
