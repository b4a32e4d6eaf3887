import { ApiRouter } from './router';
import { loadGitHubSpec } from './spec';
import { OpenApiValidator } from './validator';

describe('OpenApiValidator against GitHub’s description', () => {
  const router = new ApiRouter(loadGitHubSpec());
  const validator = new OpenApiValidator();
  const route = (method: string, path: string) =>
    router.match(method, path)!.route;

  it('rejects a tree entry with an unknown mode', () => {
    const match = router.match('POST', '/repos/o/r/git/trees')!;
    expect(
      validator.validateRequest(match.route, {
        params: match.params,
        query: new URLSearchParams(),
        body: {
          tree: [{ path: 'a', mode: '100645', type: 'blob', content: 'x' }],
        },
      }),
    ).toEqual([
      expect.stringContaining(
        'body/tree/0/mode must be equal to one of the allowed values',
      ),
    ]);
  });

  it('coerces path and query text but rejects what cannot be coerced', () => {
    const match = router.match('GET', '/repos/o/r/actions/runs/12')!;
    const check = (params: Record<string, string>, query: string) =>
      validator.validateRequest(match.route, {
        params,
        query: new URLSearchParams(query),
        body: undefined,
      });
    expect(check(match.params, 'exclude_pull_requests=true')).toEqual([]);
    expect(check({ ...match.params, run_id: 'abc' }, '')).toEqual([
      'path/run_id must be integer',
    ]);
  });

  it('accepts a workflow named by id or by file name', () => {
    for (const id of ['123', 'iac-apply.yml']) {
      const match = router.match(
        'POST',
        `/repos/o/r/actions/workflows/${id}/dispatches`,
      )!;
      expect(
        validator.validateRequest(match.route, {
          params: match.params,
          query: new URLSearchParams(),
          body: {
            ref: 'main',
            inputs: { environment: 'dev' },
            return_run_details: true,
          },
        }),
      ).toEqual([]);
    }
  });

  it('requires a documented body', () => {
    const match = router.match('POST', '/repos/o/r/git/refs')!;
    expect(
      validator.validateRequest(match.route, {
        params: match.params,
        query: new URLSearchParams(),
        body: undefined,
      }),
    ).toEqual(['body is required']);
  });

  it('checks a response body against the schema of its status', () => {
    const getRef = route('GET', '/repos/o/r/git/ref/heads%2Fmain');
    const ref = {
      ref: 'refs/heads/main',
      node_id: 'REF_1',
      url: 'http://127.0.0.1:1/api/v3/repos/o/r/git/refs/heads/main',
      object: {
        type: 'commit',
        sha: 'a'.repeat(40),
        url: 'http://127.0.0.1:1/x',
      },
    };
    expect(validator.validateResponse(getRef, 200, ref, true)).toEqual([]);
    expect(
      validator.validateResponse(
        getRef,
        200,
        { ...ref, url: 'not a uri' },
        true,
      ),
    ).toEqual(['response/url must match format "uri"']);
  });

  it('accepts undocumented error statuses only with a GitHub error body', () => {
    const getRun = route('GET', '/repos/o/r/actions/runs/1');
    expect(
      validator.validateResponse(getRun, 404, { message: 'Not Found' }, true),
    ).toEqual([]);
    expect(
      validator.validateResponse(getRun, 404, { error: 'nope' }, true),
    ).toEqual(["response must have required property 'message'"]);
    expect(validator.validateResponse(getRun, 201, {}, true)).toEqual([
      'status 201 is not documented for actions/get-workflow-run',
    ]);
  });

  it('expects no body where none is documented', () => {
    const deleteRef = route('DELETE', '/repos/o/r/git/refs/heads%2Fx');
    expect(validator.validateResponse(deleteRef, 204, undefined, true)).toEqual(
      [],
    );
    expect(validator.validateResponse(deleteRef, 204, {}, true)).toHaveLength(
      1,
    );
  });
});
