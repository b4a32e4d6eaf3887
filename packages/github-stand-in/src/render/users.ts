import { Account } from '../state/records';
import { Links } from './links';

/** GitHub's "Simple User", embedded wherever an account is referenced. */
export function renderSimpleUser(account: Account, links: Links) {
  const api = links.userApi(account.login);
  return {
    login: account.login,
    id: account.id,
    node_id: account.nodeId,
    avatar_url: `${links.web}/avatars/${account.login}`,
    gravatar_id: '',
    url: api,
    html_url: links.userWeb(account.login),
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: account.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** `GET /user`: the authenticated account, private fields included. */
export function renderPrivateUser(
  account: Account,
  links: Links,
  counts: { publicRepos: number; privateRepos: number },
) {
  return {
    ...renderSimpleUser(account, links),
    user_view_type: 'private',
    name: 'Portal automation (local sandbox)',
    company: null,
    blog: '',
    location: null,
    email: null,
    notification_email: null,
    hireable: null,
    bio: 'Authenticated user of the local GitHub stand-in',
    twitter_username: null,
    public_repos: counts.publicRepos,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: account.createdAt,
    updated_at: account.createdAt,
    private_gists: 0,
    total_private_repos: counts.privateRepos,
    owned_private_repos: counts.privateRepos,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
    plan: {
      name: 'enterprise',
      space: 976562499,
      collaborators: 0,
      private_repos: 9999,
    },
  };
}
