import { IncomingMessage, ServerResponse } from 'node:http';
import { effectOf, FaultQueue } from '../faults';
import { ApiRoute, ApiRouter } from '../openapi/router';
import { OpenApiValidator } from '../openapi/validator';
import { RequestLogEntry, Violation } from '../types';
import { ApiResponse, HandlerContext, HandlerTable } from './api';
import { GitHubError } from './errors';
import { apiHeaders, errorBody, JSON_TYPE, send, sendJson } from './send';
import { Timers } from './timers';

const DOCS = 'https://docs.github.com/rest';
const AUTHORIZATION = /^(token|bearer)\s+\S+/i;

export interface PipelineDeps {
  router: ApiRouter;
  validator: OpenApiValidator;
  handlers: HandlerTable;
  context: HandlerContext;
  faults: FaultQueue;
  timers: Timers;
  violations: Violation[];
  requestLog: RequestLogEntry[];
  log: (message: string) => void;
  /** Answers requests that match no API route, e.g. a browser following an `html_url`. */
  fallback: (
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
  ) => boolean;
}

interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  path: string;
  route?: ApiRoute;
}

/**
 * One API request from start to end: route, authenticate, play faults,
 * validate the request, run the handler, validate the response, log.
 */
export class ApiPipeline {
  constructor(private readonly deps: PipelineDeps) {}

  async handle(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    query: URLSearchParams,
    rawBody: Buffer,
  ) {
    const { router, faults, timers, validator, handlers } = this.deps;
    const method = req.method ?? 'GET';
    const match = router.match(method, path);
    const exchange: Exchange = { req, res, method, path, route: match?.route };

    if (!match) {
      if (!this.deps.fallback(req, res, path)) {
        this.violation(exchange, 'unknown-route', 404, [
          `no documented operation for ${method} ${path}`,
        ]);
        this.error(exchange, new GitHubError(404, 'Not Found'));
      }
      return;
    }
    if (!AUTHORIZATION.test(String(req.headers.authorization ?? ''))) {
      this.error(exchange, new GitHubError(401, 'Requires authentication'));
      return;
    }
    this.deps.context.rateLimit.count();

    const fault = faults.take(method, match.route);
    if (fault) {
      const effect = effectOf(fault);
      if (effect.type === 'hang') {
        this.record(exchange, 0);
        return;
      }
      if (effect.type === 'respond') {
        this.error(
          exchange,
          new GitHubError(effect.status, effect.message, {}, effect.headers),
        );
        return;
      }
      await timers.delay(effect.ms);
    }

    let body: unknown;
    try {
      body =
        rawBody.length > 0 ? JSON.parse(rawBody.toString('utf8')) : undefined;
    } catch {
      this.violation(exchange, 'request', 400, ['body is not valid JSON']);
      this.error(exchange, new GitHubError(400, 'Problems parsing JSON'));
      return;
    }
    const problems = validator.validateRequest(match.route, {
      params: match.params,
      query,
      body,
    });
    if (problems.length > 0) {
      this.violation(exchange, 'request', 422, problems);
      this.error(
        exchange,
        new GitHubError(422, `Invalid request.\n\n${problems.join('\n')}`),
      );
      return;
    }

    const handler = handlers[match.route.operation.operationId];
    if (!handler) {
      this.violation(exchange, 'not-implemented', 404, [
        `${match.route.operation.operationId} is documented but the stand-in does not serve it`,
      ]);
      this.error(exchange, new GitHubError(404, 'Not Found'));
      return;
    }

    let response: ApiResponse;
    try {
      response = handler(
        { params: match.params, query, headers: req.headers, body },
        this.deps.context,
      );
    } catch (error) {
      if (!(error instanceof GitHubError)) {
        this.violation(exchange, 'internal', 500, [
          String((error as Error).stack ?? error),
        ]);
        this.error(exchange, new GitHubError(500, 'Server Error'));
        return;
      }
      response = {
        status: error.status,
        body: this.errorBody(exchange, error),
        headers: error.headers,
      };
    }
    const responseProblems = validator.validateResponse(
      match.route,
      response.status,
      response.text ? undefined : response.body,
      !response.text,
    );
    if (responseProblems.length > 0) {
      this.violation(exchange, 'response', response.status, responseProblems);
    }
    this.respond(exchange, response);
  }

  private respond(exchange: Exchange, response: ApiResponse) {
    const headers = {
      ...apiHeaders(),
      ...this.deps.context.rateLimit.headers(),
      ...response.headers,
    };
    if (response.text) {
      send(
        exchange.res,
        response.status,
        { ...headers, 'content-type': response.text.contentType },
        response.text.data,
      );
    } else if (response.body === undefined) {
      send(exchange.res, response.status, headers);
    } else {
      send(
        exchange.res,
        response.status,
        { ...headers, 'content-type': JSON_TYPE },
        JSON.stringify(response.body),
      );
    }
    this.record(exchange, response.status);
  }

  private error(exchange: Exchange, error: GitHubError) {
    const headers = {
      ...apiHeaders(),
      ...this.deps.context.rateLimit.headers(),
      ...error.headers,
    };
    sendJson(
      exchange.res,
      error.status,
      this.errorBody(exchange, error),
      headers,
    );
    this.record(exchange, error.status);
  }

  private errorBody(exchange: Exchange, error: GitHubError) {
    return errorBody(
      error.status,
      error.message,
      exchange.route?.operation.externalDocs?.url ?? DOCS,
      error.details,
    );
  }

  private record(exchange: Exchange, status: number) {
    this.deps.requestLog.push({
      method: exchange.method,
      path: exchange.path,
      operationId: exchange.route?.operation.operationId,
      status,
    });
  }

  private violation(
    exchange: Exchange,
    kind: Violation['kind'],
    status: number,
    messages: string[],
  ) {
    const violation: Violation = {
      kind,
      method: exchange.method,
      path: exchange.path,
      operationId: exchange.route?.operation.operationId,
      status,
      messages,
    };
    this.deps.violations.push(violation);
    this.deps.log(
      `[github-stand-in] ${kind} violation: ${exchange.method} ${exchange.path}` +
        `${
          violation.operationId ? ` (${violation.operationId})` : ''
        }: ${messages.join('; ')}`,
    );
  }
}
