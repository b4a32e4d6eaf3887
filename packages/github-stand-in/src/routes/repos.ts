import {
  ApiRequest,
  HandlerContext,
  HandlerTable,
  json,
  paginate,
} from '../http/api';
import { renderRepository } from '../render/repos';
import { commitFiles, listBranches } from '../state/branches';

function createRepo(
  owner: string,
  request: ApiRequest,
  context: HandlerContext,
) {
  const { store, links } = context;
  const { name, description, auto_init: autoInit } = request.body;
  const repo = store.createRepo({
    owner,
    name,
    description,
    private: request.body.private,
  });
  if (autoInit) {
    const readme = `# ${name}\n${description ? `\n${description}\n` : ''}`;
    commitFiles(repo, store.viewer, {
      branch: repo.defaultBranch,
      files: { 'README.md': readme },
      message: 'Initial commit',
    });
  }
  return json(201, renderRepository(repo, links));
}

export const repoRoutes: HandlerTable = {
  'repos/create-for-authenticated-user': (request, context) =>
    createRepo(context.store.viewer.login, request, context),

  'repos/create-in-org': (request, context) =>
    createRepo(
      context.store.account(request.params.org).login,
      request,
      context,
    ),

  'repos/get': ({ params }, { store, links }) =>
    json(
      200,
      renderRepository(store.requireRepo(params.owner, params.repo), links),
    ),

  'repos/list-for-org': (request, context) => {
    const org = request.params.org.toLowerCase();
    const repos = context.store
      .allRepos()
      .filter(r => r.owner.login.toLowerCase() === org);
    const page = paginate(
      request,
      context,
      `/orgs/${request.params.org}/repos`,
      repos,
    );
    return {
      status: 200,
      body: page.items.map(r => renderRepository(r, context.links)),
      headers: page.headers,
    };
  },

  'repos/list-branches': (request, context) => {
    const { owner, repo: name } = request.params;
    const repo = context.store.requireRepo(owner, name);
    const api = context.links.repoApi(repo);
    const page = paginate(
      request,
      context,
      `/repos/${owner}/${name}/branches`,
      listBranches(repo),
    );
    return {
      status: 200,
      body: page.items.map(branch => ({
        name: branch.name,
        commit: { sha: branch.sha, url: `${api}/commits/${branch.sha}` },
        protected: false,
      })),
      headers: page.headers,
    };
  },
};
