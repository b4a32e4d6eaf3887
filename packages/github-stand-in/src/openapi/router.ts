import { HttpMethod, OpenApiDocument, OpenApiOperation } from './spec';

export interface ApiRoute {
  method: HttpMethod;
  /** The path template as written in the description, e.g. `/repos/{owner}/{repo}`. */
  template: string;
  operation: OpenApiOperation;
}

export interface RouteMatch {
  route: ApiRoute;
  params: Record<string, string>;
}

interface CompiledRoute extends ApiRoute {
  names: string[];
  /** Every parameter matches one path segment. */
  exact: RegExp;
  /** The last parameter may span several segments when it is a ref, a branch or a path. */
  trailing?: RegExp;
  segments: number;
  /** Literal segments before parameters, so `/user/repos` beats `/users/{username}`. */
  rank: string;
}

const METHODS: HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete', 'head'];

/** Parameters whose values contain slashes (`heads/feature/x`, `dir/file.txt`). */
const SLASHED_PARAMS = new Set(['ref', 'branch', 'path']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(route: ApiRoute): CompiledRoute {
  const names: string[] = [];
  const parts = route.template.split(/(\{[^}]+\})/).filter(Boolean);
  const patterns = parts.map(part => {
    if (part.startsWith('{')) {
      names.push(part.slice(1, -1));
      return '([^/]+)';
    }
    return escapeRegExp(part);
  });
  const exact = new RegExp(`^${patterns.join('')}$`);
  const slashed =
    SLASHED_PARAMS.has(names[names.length - 1]) && route.template.endsWith('}');
  const trailing = slashed
    ? new RegExp(`^${patterns.slice(0, -1).join('')}(.+)$`)
    : undefined;
  const rank = route.template
    .split('/')
    .map(segment => (segment.includes('{') ? '1' : '0'))
    .join('');
  const segments = route.template.split('/').length;
  return { ...route, names, exact, trailing, rank, segments };
}

function decodeParams(
  names: string[],
  match: RegExpExecArray,
): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  try {
    names.forEach((name, index) => {
      params[name] = decodeURIComponent(match[index + 1]);
    });
  } catch {
    return undefined;
  }
  return params;
}

/** Finds the documented operation for a method and a request path. */
export class ApiRouter {
  private readonly byMethod = new Map<HttpMethod, CompiledRoute[]>();

  constructor(spec: OpenApiDocument) {
    for (const [template, item] of Object.entries(spec.paths)) {
      for (const method of METHODS) {
        const operation = item[method];
        if (operation) {
          const list = this.byMethod.get(method) ?? [];
          list.push(compile({ method, template, operation }));
          this.byMethod.set(method, list);
        }
      }
    }
    // Literal segments win over parameters; among slashed matches, the longest template wins.
    for (const list of this.byMethod.values()) {
      list.sort(
        (a, b) => b.segments - a.segments || a.rank.localeCompare(b.rank),
      );
    }
  }

  match(method: string, pathname: string): RouteMatch | undefined {
    const routes = this.byMethod.get(method.toLowerCase() as HttpMethod) ?? [];
    for (const pattern of ['exact', 'trailing'] as const) {
      for (const route of routes) {
        const match = route[pattern]?.exec(pathname);
        const params = match && decodeParams(route.names, match);
        if (params) {
          return { route, params };
        }
      }
    }
    return undefined;
  }
}
