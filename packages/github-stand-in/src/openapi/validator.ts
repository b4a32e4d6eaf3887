import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { ApiRoute } from './router';
import { collectFormats, toJsonSchema } from './schema';
import {
  JsonSchema,
  OpenApiMediaType,
  OpenApiOperation,
  OpenApiParameter,
} from './spec';

/** What GitHub sends for any error it does not describe in detail. */
const GENERIC_ERROR_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['message'],
  properties: {
    message: { type: 'string' },
    documentation_url: { type: 'string' },
    status: { type: 'string' },
  },
};

function createAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    // Path and query values arrive as text; `array` also wraps a lone value.
    coerceTypes: coerce ? 'array' : false,
  });
  addFormats(ajv);
  return ajv;
}

function jsonMediaType(
  content: Record<string, OpenApiMediaType> | undefined,
): OpenApiMediaType | undefined {
  if (!content) {
    return undefined;
  }
  const type =
    Object.keys(content).find(t => t === 'application/json') ??
    Object.keys(content).find(t => t.includes('json'));
  return type ? content[type] : undefined;
}

export function describeErrors(
  where: string,
  errors: ErrorObject[] | null | undefined,
): string[] {
  return (errors ?? []).map(error => {
    const allowed = (error.params as { allowedValues?: unknown[] })
      .allowedValues;
    const suffix = allowed ? `: ${allowed.map(String).join(', ')}` : '';
    return `${where}${error.instancePath} ${error.message}${suffix}`;
  });
}

/**
 * Checks requests and responses against the operation they belong to.
 * Validators are compiled on first use and kept: compiling the large
 * response schemas (pull requests, repositories) takes tens of milliseconds.
 */
export class OpenApiValidator {
  private readonly bodies = createAjv(false);
  private readonly parameters = createAjv(true);
  private readonly cache = new Map<string, ValidateFunction | null>();

  validateRequest(
    route: ApiRoute,
    request: {
      params: Record<string, string>;
      query: URLSearchParams;
      body: unknown;
    },
  ): string[] {
    const { operation } = route;
    const problems: string[] = [];

    const pathCheck = this.compiled(
      `${operation.operationId} path`,
      this.parameters,
      () => this.parameterSchema(operation, 'path'),
    );
    const pathValues = { ...request.params };
    if (pathCheck && !pathCheck(pathValues)) {
      problems.push(...describeErrors('path', pathCheck.errors));
    }

    const queryCheck = this.compiled(
      `${operation.operationId} query`,
      this.parameters,
      () => this.parameterSchema(operation, 'query'),
    );
    const queryValues: Record<string, unknown> = {};
    for (const key of new Set(request.query.keys())) {
      const all = request.query.getAll(key);
      queryValues[key] = all.length === 1 ? all[0] : all;
    }
    if (queryCheck && !queryCheck(queryValues)) {
      problems.push(...describeErrors('query', queryCheck.errors));
    }

    const media = jsonMediaType(operation.requestBody?.content);
    if (media?.schema) {
      if (request.body === undefined) {
        if (operation.requestBody?.required) {
          problems.push('body is required');
        }
      } else {
        const bodyCheck = this.compiled(
          `${operation.operationId} body`,
          this.bodies,
          () => media.schema,
        );
        if (bodyCheck && !bodyCheck(request.body)) {
          problems.push(...describeErrors('body', bodyCheck.errors));
        }
      }
    }
    return problems;
  }

  /**
   * A documented status must carry a body of its schema (or none, when no
   * content is documented). GitHub also answers 401, 403, 404 and 5xx on
   * operations that do not list them; those must at least look like a
   * GitHub error.
   */
  validateResponse(
    route: ApiRoute,
    status: number,
    body: unknown,
    isJson: boolean,
  ): string[] {
    const { operation } = route;
    const documented = operation.responses[String(status)];
    if (!documented) {
      if (status < 400) {
        return [
          `status ${status} is not documented for ${operation.operationId}`,
        ];
      }
      const check = this.compiled(
        'generic error',
        this.bodies,
        () => GENERIC_ERROR_SCHEMA,
      );
      return check && !check(body)
        ? describeErrors('response', check.errors)
        : [];
    }
    const media = jsonMediaType(documented.content);
    if (!documented.content) {
      return body === undefined
        ? []
        : [`status ${status} of ${operation.operationId} must have no body`];
    }
    if (!isJson || !media?.schema) {
      return [];
    }
    const check = this.compiled(
      `${operation.operationId} ${status}`,
      this.bodies,
      () => media.schema,
    );
    return check && !check(body)
      ? describeErrors('response', check.errors)
      : [];
  }

  private parameterSchema(
    operation: OpenApiOperation,
    location: 'path' | 'query',
  ): JsonSchema | undefined {
    const parameters = (operation.parameters ?? []).filter(
      p => p.in === location,
    );
    if (parameters.length === 0) {
      return undefined;
    }
    return {
      type: 'object',
      properties: Object.fromEntries(
        parameters.map(p => [p.name, textParameterSchema(p)]),
      ),
      required: parameters.filter(p => p.required).map(p => p.name),
    };
  }

  private compiled(
    key: string,
    ajv: Ajv,
    schemaOf: () => JsonSchema | undefined,
  ): ValidateFunction | undefined {
    if (!this.cache.has(key)) {
      const schema = schemaOf();
      this.cache.set(key, schema ? compile(ajv, schema) : null);
    }
    return this.cache.get(key) ?? undefined;
  }
}

/**
 * Two corrections for parameters, which arrive as text:
 * - they are coerced per alternative, so `"12"` satisfies both halves of
 *   `oneOf: [integer, string]`; any one alternative must do;
 * - a parameter taking GitHub's search syntax (`created=>=2024-05-01`) is
 *   documented with `format: date-time` but accepts ranges and comparisons.
 */
function textParameterSchema(parameter: OpenApiParameter): JsonSchema {
  const { oneOf, format, ...rest } = parameter.schema ?? {};
  const searchSyntax = /search syntax/i.test(parameter.description ?? '');
  return {
    ...rest,
    ...(Array.isArray(oneOf) ? { anyOf: oneOf } : {}),
    ...(format === undefined || searchSyntax ? {} : { format }),
  };
}

function compile(ajv: Ajv, schema: JsonSchema): ValidateFunction {
  for (const format of collectFormats(schema, new Set())) {
    if (!ajv.formats[format]) {
      // Formats GitHub invented (`repo.nwo`, `timestamp`) are not checked.
      ajv.addFormat(format, true);
    }
  }
  return ajv.compile(toJsonSchema(schema));
}
