import { GitHubStandIn } from '../types';

/** For `afterEach`: a test that made the stand-in record a violation fails. */
export function failOnViolations(standIn: GitHubStandIn): void {
  if (standIn.violations.length > 0) {
    const found = JSON.stringify(standIn.violations, null, 2);
    standIn.violations.length = 0;
    throw new Error(
      `OpenAPI violations recorded by the GitHub stand-in:\n${found}`,
    );
  }
}
