import { ApiRouter } from './router';
import { OpenApiDocument } from './spec';

const operation = (operationId: string) => ({ operationId, responses: {} });

const spec: OpenApiDocument = {
  openapi: '3.0.3',
  paths: {
    '/users/{username}': { get: operation('users/get-by-username') },
    '/user/repos': { get: operation('repos/list-for-authenticated-user') },
    '/repos/{owner}/{repo}': { get: operation('repos/get') },
    '/repos/{owner}/{repo}/git/ref/{ref}': { get: operation('git/get-ref') },
    '/repos/{owner}/{repo}/contents/{path}': {
      get: operation('repos/get-content'),
    },
    '/repos/{owner}/{repo}/labels/{name}': {
      get: operation('issues/get-label'),
    },
  },
};

describe('ApiRouter', () => {
  const router = new ApiRouter(spec);
  const find = (method: string, path: string) => {
    const match = router.match(method, path);
    return (
      match && {
        operationId: match.route.operation.operationId,
        params: match.params,
      }
    );
  };

  it('prefers literal segments over parameters', () => {
    expect(find('GET', '/user/repos')?.operationId).toBe(
      'repos/list-for-authenticated-user',
    );
    expect(find('GET', '/users/octocat')).toEqual({
      operationId: 'users/get-by-username',
      params: { username: 'octocat' },
    });
  });

  it('decodes parameters, encoded or not, that carry slashes', () => {
    expect(
      find('GET', '/repos/o/r/git/ref/heads%2Ffeature%2Fx')?.params.ref,
    ).toBe('heads/feature/x');
    expect(find('GET', '/repos/o/r/git/ref/heads/feature/x')?.params.ref).toBe(
      'heads/feature/x',
    );
    expect(
      find('GET', '/repos/o/r/contents/envs/dev/main.tf')?.params.path,
    ).toBe('envs/dev/main.tf');
  });

  it('does not let other parameters swallow extra segments', () => {
    expect(find('GET', '/repos/o/r/unknown/thing')).toBeUndefined();
    expect(find('GET', '/repos/o/r/labels/a/b')).toBeUndefined();
    expect(find('POST', '/repos/o/r')).toBeUndefined();
  });
});
