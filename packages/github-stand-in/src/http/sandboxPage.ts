import { IncomingMessage, ServerResponse } from 'node:http';
import { send } from './send';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

/**
 * Browsers that follow an `html_url` (a pull request link shown by the
 * portal) get a page saying where they are instead of an API error.
 */
export function sandboxPage(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): boolean {
  if (
    req.method !== 'GET' ||
    !String(req.headers.accept ?? '').includes('text/html')
  ) {
    return false;
  }
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>Local GitHub sandbox</title></head>
<body>
<h1>LOCAL SANDBOX: this is not GitHub</h1>
<p>The portal is connected to the local GitHub stand-in. Nothing here exists on GitHub.</p>
<p>Requested page: <code>${escapeHtml(path)}</code></p>
</body></html>
`;
  send(res, 200, { 'content-type': 'text/html; charset=utf-8' }, html);
  return true;
}
