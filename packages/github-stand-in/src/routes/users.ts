import { HandlerTable, json } from '../http/api';
import { renderPrivateUser } from '../render/users';

export const userRoutes: HandlerTable = {
  'users/get-authenticated': (_request, { store, links }) => {
    const owned = store.allRepos().filter(r => r.owner === store.viewer);
    return json(
      200,
      renderPrivateUser(store.viewer, links, {
        publicRepos: owned.filter(r => !r.private).length,
        privateRepos: owned.filter(r => r.private).length,
      }),
    );
  },

  'rate-limit/get': (_request, { rateLimit }) => {
    const core = rateLimit.snapshot();
    const fresh = { limit: 30, remaining: 30, reset: core.reset, used: 0 };
    return json(200, {
      resources: {
        core,
        search: fresh,
        graphql: { ...fresh, limit: 5000, remaining: 5000 },
      },
      rate: core,
    });
  },
};
