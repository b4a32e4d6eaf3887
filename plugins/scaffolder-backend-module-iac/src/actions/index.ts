export { createIacRenderAction } from './render';
export { createIacValidateAction } from './validate';
export { createIacGithubPullRequestAction } from './githubPullRequest';
export { createIacGithubWorkflowRunAction } from './githubWorkflowRun';
export { createIacCatalogTrackAction } from './catalogTrack';
