export interface Config {
  /** Configuration of the IaC Portal's scaffolder actions. */
  iac?: {
    /**
     * Folder holding the stacks `iac:render` may render (one folder per stack, plus `shared/`).
     * Relative paths resolve from the backend's working directory. Only this folder is trusted:
     * a template can name a stack but cannot bring template text of its own.
     */
    stacksDir?: string;
    /**
     * Folder holding the configuration of the policy rules iac:policy:check applies
     * (required-tags.yaml, instance-types.yaml, prod-resilience.yaml). Relative paths resolve
     * from the backend's working directory; default `policies`.
     */
    policiesDir?: string;
    github?: {
      /**
       * Minimum gap in milliseconds between two content-creating GitHub requests of the backend
       * (pull requests and comments included), shared by all its tasks. Unset, Octokit's
       * pacing applies: writes 1 s apart, pull requests and comments 3 s apart, as GitHub's
       * secondary rate limits advise. Lower it only for a GitHub without those limits, such as
       * the local sandbox.
       */
      writePacingMs?: number;
    };
    workflow?: {
      /** Seconds between the first two looks at a workflow run; grows by half up to the maximum. */
      pollIntervalSeconds?: number;
      /** Longest wait between two looks at a workflow run, in seconds. */
      maxPollIntervalSeconds?: number;
    };
  };
}
