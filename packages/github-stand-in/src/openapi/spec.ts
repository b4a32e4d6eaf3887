import { readFileSync } from 'node:fs';

/** The parts of an OpenAPI 3.0 document the stand-in reads. */
export type JsonSchema = { [keyword: string]: unknown };

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

export interface OpenApiMediaType {
  schema?: JsonSchema;
}

export interface OpenApiResponse {
  description?: string;
  content?: Record<string, OpenApiMediaType>;
}

export interface OpenApiOperation {
  operationId: string;
  parameters?: OpenApiParameter[];
  requestBody?: {
    required?: boolean;
    content?: Record<string, OpenApiMediaType>;
  };
  responses: Record<string, OpenApiResponse>;
  externalDocs?: { url?: string };
}

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head';

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Partial<Record<HttpMethod, OpenApiOperation>>>;
}

let cached: OpenApiDocument | undefined;

/**
 * GitHub's official description of api.github.com, with every `$ref`
 * already inlined. Read once per process: it is 70 MB of JSON.
 */
export function loadGitHubSpec(): OpenApiDocument {
  if (!cached) {
    // The package's index.js would load every GHES variant too; read the one file.
    const file = require.resolve(
      '@octokit/openapi/generated/api.github.com.deref.json',
    );
    cached = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  }
  return cached;
}
