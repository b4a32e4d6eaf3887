export interface Config {
  iac?: {
    /**
     * Set when GitHub is the portal's local sandbox rather than GitHub itself (the start command
     * sets it when no GitHub credentials are configured); every page then says so.
     * @visibility frontend
     */
    sandbox?: boolean;
  };
}
