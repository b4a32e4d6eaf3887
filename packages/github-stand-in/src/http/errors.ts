/** An error answered the way GitHub answers it: a status and a JSON message. */
export class GitHubError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface FieldError {
  resource: string;
  code: string;
  field?: string;
  message?: string;
}

export function notFound(): GitHubError {
  return new GitHubError(404, 'Not Found');
}

/** GitHub's 422 with a plain message, e.g. "Reference already exists". */
export function unprocessable(message: string): GitHubError {
  return new GitHubError(422, message);
}

/** GitHub's 422 "Validation Failed" with a list of field errors. */
export function validationFailed(...errors: FieldError[]): GitHubError {
  return new GitHubError(422, 'Validation Failed', { errors });
}
