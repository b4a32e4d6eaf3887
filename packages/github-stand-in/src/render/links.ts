import { Repository } from '../state/records';

/**
 * URLs as GitHub Enterprise Server shapes them: the API under `/api/v3`,
 * web pages at the root, all on the stand-in's own address.
 */
export class Links {
  readonly api: string;

  constructor(readonly web: string) {
    this.api = `${web}/api/v3`;
  }

  repoApi(repo: Repository): string {
    return `${this.api}/repos/${repo.owner.login}/${repo.name}`;
  }

  repoWeb(repo: Repository): string {
    return `${this.web}/${repo.owner.login}/${repo.name}`;
  }

  userApi(login: string): string {
    return `${this.api}/users/${login}`;
  }

  userWeb(login: string): string {
    return `${this.web}/${login}`;
  }

  /** Where the stand-in serves archives; like GitHub's signed URLs, no token needed. */
  download(path: string): string {
    return `${this.web}/_stand-in/downloads/${path}`;
  }
}
