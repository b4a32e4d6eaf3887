import { HandlerTable } from '../http/api';
import { actionRoutes } from './actions';
import { commitRoutes } from './commits';
import { contentRoutes } from './contents';
import { gitRoutes } from './git';
import { issueRoutes } from './issues';
import { pullRoutes } from './pulls';
import { repoRoutes } from './repos';
import { userRoutes } from './users';

/** Every operation the stand-in serves, keyed by GitHub's operation id. */
export const handlers: HandlerTable = {
  ...userRoutes,
  ...repoRoutes,
  ...gitRoutes,
  ...contentRoutes,
  ...commitRoutes,
  ...pullRoutes,
  ...issueRoutes,
  ...actionRoutes,
};
