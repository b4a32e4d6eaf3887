export { createIacRenderAction } from './render';
export { createIacValidateAction } from './validate';
export { createIacPolicyCheckAction } from './policyCheck';
export { createIacGithubPullRequestAction } from './githubPullRequest';
export { createIacGithubWorkflowRunAction } from './githubWorkflowRun';
export { createIacCatalogTrackAction } from './catalogTrack';
