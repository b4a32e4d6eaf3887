export interface Config {
  iac?: {
    /**
     * Folder holding the stacks and `shared/pricing`; the cost estimate reads the same stacks
     * as the scaffolder's iac:render. Relative paths resolve from the backend's working directory.
     */
    stacksDir?: string;
    runs?: {
      /** How many of a repository's latest workflow runs the Infrastructure tab lists (default 10). */
      limit?: number;
    };
    techdocs?: {
      /**
       * Build the TechDocs of every catalog entity at startup and every 10 minutes, so the
       * TechDocs search collator finds their pages without a first visit (default true). Turn it
       * off where an external pipeline publishes the docs (techdocs.builder: external).
       */
      prebuild?: boolean;
    };
  };
}
