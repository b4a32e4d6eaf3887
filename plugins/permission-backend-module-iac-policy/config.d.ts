export interface Config {
  iac?: {
    permissions?: {
      /**
       * Group whose members may create stacks with a prod environment.
       * Defaults to group:default/platform-team.
       */
      prodGroup?: string;
    };
  };
}
