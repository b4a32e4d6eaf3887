import { notFound, validationFailed } from '../http/errors';
import { isoSeconds } from './clock';
import { GitObjects } from './git';
import { IdSequence } from './ids';
import { Account, Repository, WorkflowOutcome } from './records';

export const VIEWER_LOGIN = 'portal-bot';

export interface NewRepository {
  owner: string;
  name: string;
  description?: string | null;
  private?: boolean;
  autoInit?: boolean;
}

function key(...parts: string[]): string {
  return parts.join('/').toLowerCase();
}

/** Everything the stand-in knows: accounts, repositories, workflow outcomes. */
export class Store {
  readonly ids = new IdSequence();
  readonly viewer: Account;
  private readonly accounts = new Map<string, Account>();
  private readonly repos = new Map<string, Repository>();
  /** Keyed by `owner/repo/workflow`, set before or after the repository exists. */
  private readonly outcomes = new Map<string, WorkflowOutcome>();

  constructor() {
    this.viewer = this.createAccount(VIEWER_LOGIN, 'User');
  }

  /** Any login that is not the authenticated user is taken to be an organisation. */
  account(login: string): Account {
    return (
      this.accounts.get(login.toLowerCase()) ??
      this.createAccount(login, 'Organization')
    );
  }

  findRepo(owner: string, name: string): Repository | undefined {
    return this.repos.get(key(owner, name));
  }

  requireRepo(owner: string, name: string): Repository {
    const repo = this.findRepo(owner, name);
    if (!repo) {
      throw notFound();
    }
    return repo;
  }

  allRepos(): Repository[] {
    return [...this.repos.values()];
  }

  createRepo(input: NewRepository): Repository {
    if (this.findRepo(input.owner, input.name)) {
      throw validationFailed({
        resource: 'Repository',
        code: 'custom',
        field: 'name',
        message: 'name already exists on this account',
      });
    }
    const now = isoSeconds();
    const repo: Repository = {
      ...this.ids.take('repository'),
      owner: this.account(input.owner),
      name: input.name,
      description: input.description ?? null,
      private: input.private ?? false,
      defaultBranch: 'main',
      createdAt: now,
      updatedAt: now,
      pushedAt: now,
      git: new GitObjects(),
      refs: new Map(),
      pulls: [],
      comments: [],
      labels: new Map(),
      workflows: new Map(),
      runs: [],
      nextIssueNumber: 1,
    };
    this.repos.set(key(input.owner, input.name), repo);
    return repo;
  }

  setOutcome(
    owner: string,
    repo: string,
    workflow: string,
    outcome: WorkflowOutcome,
  ) {
    this.outcomes.set(key(owner, repo, workflow), outcome);
  }

  /** The configured outcome for a workflow named by file name or numeric id. */
  outcomeFor(repo: Repository, names: string[]): WorkflowOutcome | undefined {
    for (const name of names) {
      const found = this.outcomes.get(key(repo.owner.login, repo.name, name));
      if (found) {
        return found;
      }
    }
    return undefined;
  }

  private createAccount(login: string, type: Account['type']): Account {
    const account: Account = {
      ...this.ids.take('account'),
      login,
      type,
      createdAt: isoSeconds(),
    };
    this.accounts.set(login.toLowerCase(), account);
    return account;
  }
}
