import { IncomingHttpHeaders } from 'node:http';
import { Links } from '../render/links';
import { Store } from '../state/store';
import { WorkflowTiming } from '../types';
import { RateLimit } from './rateLimit';

/** A request that matched a documented operation and passed validation. */
export interface ApiRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Already checked against the operation's request schema. */
  body: any;
}

export interface ApiResponse {
  status: number;
  /** Sent as JSON unless `text` is given. */
  body?: unknown;
  /** A non-JSON body, e.g. raw file contents. */
  text?: { contentType: string; data: string | Buffer };
  headers?: Record<string, string>;
}

export interface HandlerContext {
  store: Store;
  links: Links;
  timing: WorkflowTiming;
  rateLimit: RateLimit;
}

export type Handler = (
  request: ApiRequest,
  context: HandlerContext,
) => ApiResponse;

export type HandlerTable = Record<string, Handler>;

export function json(status: number, body: unknown): ApiResponse {
  return { status, body };
}

export function noContent(): ApiResponse {
  return { status: 204 };
}

export function redirect(location: string): ApiResponse {
  return { status: 302, headers: { location } };
}

/**
 * One page of a list, with the `link` header GitHub sends so that
 * `octokit.paginate` walks the pages.
 */
export function paginate<T>(
  request: ApiRequest,
  context: HandlerContext,
  path: string,
  items: T[],
): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Number(request.query.get('per_page') ?? 30), 100);
  const page = Math.max(Number(request.query.get('page') ?? 1), 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const pageUrl = (n: number) => {
    const query = new URLSearchParams(request.query);
    query.set('page', String(n));
    query.set('per_page', String(perPage));
    return `<${context.links.api}${path}?${query}>`;
  };
  const links: string[] = [];
  if (page < last) {
    links.push(
      `${pageUrl(page + 1)}; rel="next"`,
      `${pageUrl(last)}; rel="last"`,
    );
  }
  if (page > 1) {
    links.push(
      `${pageUrl(1)}; rel="first"`,
      `${pageUrl(page - 1)}; rel="prev"`,
    );
  }
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}
