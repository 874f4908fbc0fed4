/**
 * A stand-in for the GitHub REST API: a local HTTP server (127.0.0.1, random port) that keeps
 * issues and comments in memory and implements the routes the action uses. Every request it
 * receives and every response it sends is checked against GitHub's OpenAPI description
 * (./openapi-validator.ts); tests assert `server.violations` is empty.
 *
 * Routes: GET /repos/{o}/{r}; GET /repos/{o}/{r}/issues (labels, state, sort, direction, since,
 * per_page, page, Link headers); GET /repos/{o}/{r}/issues/{n}; GET and POST
 * /repos/{o}/{r}/issues/{n}/comments; GET, PATCH and DELETE /repos/{o}/{r}/issues/comments/{id};
 * GET /rate_limit; POST /repos/{o}/{r}/issues and PATCH /repos/{o}/{r}/issues/{n} (the review issue). A documented route the stand-in does not implement answers 404 and is recorded
 * as a violation, so a test notices.
 *
 * Failures on demand: `failNext({ kind, count })` answers the next matching requests with a
 * primary rate limit (403, x-ratelimit-remaining 0, x-ratelimit-reset), a secondary rate limit
 * (429 with retry-after, or 403), 404, 422 or 500.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { githubOpenApi, type Operation } from './openapi-validator.js'

export type AuthorAssociation = 'COLLABORATOR' | 'CONTRIBUTOR' | 'FIRST_TIMER' | 'FIRST_TIME_CONTRIBUTOR' | 'MANNEQUIN' | 'MEMBER' | 'NONE' | 'OWNER'

export interface UserSpec {
  login: string
  id: number
  type: 'User' | 'Bot' | 'Organization'
}

export interface IssueSeed {
  number?: number
  title?: string
  body?: string | null
  labels?: string[]
  state?: 'open' | 'closed'
  /** ISO 8601; default: 2026-01-01 plus the issue number in hours */
  created_at?: string
  updated_at?: string
  /** default: created_at + 1 h for closed issues, null for open ones */
  closed_at?: string | null
  /** true: a pull request (the issues API lists those too) */
  pull_request?: boolean
  user?: UserSpec
  author_association?: AuthorAssociation
}

export interface CommentSeed {
  issue_number: number
  body: string
  user?: UserSpec
  author_association?: AuthorAssociation
  created_at?: string
}

export interface StoredIssue {
  number: number
  id: number
  title: string
  body: string | null
  labels: string[]
  state: 'open' | 'closed'
  created_at: string
  updated_at: string
  closed_at: string | null
  pull_request: boolean
  user: UserSpec
  author_association: AuthorAssociation
}

export interface StoredComment {
  id: number
  issue_number: number
  body: string
  user: UserSpec
  author_association: AuthorAssociation
  created_at: string
  updated_at: string
}

export interface StandInState {
  owner: string
  repo: string
  defaultBranch: string
  issues: Map<number, StoredIssue>
  comments: Map<number, StoredComment>
  /** the author of what the token writes */
  actor: UserSpec
  actorAssociation: AuthorAssociation
  nextCommentId: number
}

export interface RecordedCall {
  method: string
  /** path and query as requested */
  url: string
  operationId: string | null
  status: number
  /** the parsed JSON request body, if any */
  body?: unknown
  authorization: string | null
}

/**
 * rate-limit: 403, x-ratelimit-remaining 0 and x-ratelimit-reset; secondary-rate-limit(-403): 429
 * (or 403) with retry-after and GitHub's "secondary rate limit" message; too-many-requests: a bare
 * 429 with retry-after (as a proxy might send); not-found: 404; validation: 422; server-error: 500.
 */
export type FailureKind = 'rate-limit' | 'secondary-rate-limit' | 'secondary-rate-limit-403' | 'too-many-requests' | 'not-found' | 'validation' | 'server-error'

export interface FailureSpec {
  kind: FailureKind
  /** how many matching requests fail (default 1) */
  count?: number
  /** only requests with this method */
  method?: string
  /** only requests whose path matches */
  path?: RegExp
  /** primary rate limit: x-ratelimit-reset this many seconds from now (default 1) */
  resetInSeconds?: number
  /** secondary rate limit: the retry-after header (default 1) */
  retryAfterSeconds?: number
}

export interface StartOptions {
  /** `owner/repo` (default `octo-org/shop`) */
  repository?: string
  /** the owner alone (default `octo-org`); `repository` wins */
  owner?: string
  /** the repository name, or `owner/repo` (default `shop`); `repository` wins */
  repo?: string
  defaultBranch?: string
  issues?: IssueSeed[]
  comments?: CommentSeed[]
  /** when set, requests must authenticate with this token (401 otherwise) */
  token?: string
  /** the token cannot write: POST/PATCH/DELETE answer 403 "Resource not accessible by integration" */
  readOnly?: boolean
  /** who the token writes as (default github-actions[bot]) */
  actor?: UserSpec
  actorAssociation?: AuthorAssociation
  /** web URL in html_url fields (default https://github.com) */
  serverUrl?: string
}

export interface GitHubStandIn {
  url: string
  state: StandInState
  calls: RecordedCall[]
  violations: string[]
  failNext(spec: FailureSpec): void
  /** runs before each request is handled (after it is validated): lets a test change the state mid-flight */
  beforeHandle(hook: ((call: { method: string; url: string; operationId: string | null }) => void) | null): void
  commentsOn(issueNumber: number): StoredComment[]
  addIssue(seed: IssueSeed): StoredIssue
  /** calls that wrote (POST, PATCH, PUT, DELETE) */
  writes(): RecordedCall[]
  stop(): Promise<void>
}

export const OCTOCAT: UserSpec = { login: 'octocat', id: 583231, type: 'User' }
export const ACTIONS_BOT: UserSpec = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
export const STRANGER: UserSpec = { login: 'stranger', id: 9000001, type: 'User' }
const DOCS = 'https://docs.github.com/rest'
const BASE_TIME = Date.parse('2026-01-01T00:00:00Z')

interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export async function start(options: StartOptions = {}): Promise<GitHubStandIn> {
  const validator = githubOpenApi()
  const full = options.repository ?? (options.repo?.includes('/') ? options.repo : `${options.owner ?? 'octo-org'}/${options.repo ?? 'shop'}`)
  const [owner, repo] = full.split('/')
  const webUrl = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
  const state: StandInState = {
    owner,
    repo,
    defaultBranch: options.defaultBranch ?? 'main',
    issues: new Map(),
    comments: new Map(),
    actor: options.actor ?? ACTIONS_BOT,
    actorAssociation: options.actorAssociation ?? 'NONE',
    nextCommentId: 1_000_001
  }
  const calls: RecordedCall[] = []
  const violations: string[] = []
  const failures: (FailureSpec & { count: number })[] = []
  let hook: ((call: { method: string; url: string; operationId: string | null }) => void) | null = null
  let apiUrl = ''

  const addIssue = (seed: IssueSeed): StoredIssue => {
    const number = seed.number ?? Math.max(0, ...state.issues.keys()) + 1
    const created = seed.created_at ?? githubTime(BASE_TIME + number * 3_600_000)
    const stateValue = seed.state ?? (seed.closed_at ? 'closed' : 'open')
    const closed = seed.closed_at !== undefined ? seed.closed_at : stateValue === 'closed' ? githubTime(Date.parse(created) + 3_600_000) : null
    const issue: StoredIssue = {
      number,
      id: 2_000_000_000 + number,
      title: seed.title ?? `Incident ${number}`,
      body: seed.body === undefined ? null : seed.body,
      labels: seed.labels ?? [],
      state: stateValue,
      created_at: created,
      updated_at: seed.updated_at ?? closed ?? created,
      closed_at: closed,
      pull_request: seed.pull_request ?? false,
      user: seed.user ?? OCTOCAT,
      author_association: seed.author_association ?? 'MEMBER'
    }
    state.issues.set(number, issue)
    return issue
  }
  for (const seed of options.issues ?? []) addIssue(seed)
  for (const seed of options.comments ?? []) {
    const id = state.nextCommentId++
    const at = seed.created_at ?? githubTime(BASE_TIME + id)
    state.comments.set(id, {
      id,
      issue_number: seed.issue_number,
      body: seed.body,
      user: seed.user ?? state.actor,
      author_association: seed.author_association ?? 'NONE',
      created_at: at,
      updated_at: at
    })
  }

  // ---- JSON as GitHub shapes it -------------------------------------------------------------
  const repoApi = () => `${apiUrl}/repos/${state.owner}/${state.repo}`
  const repoWeb = () => `${webUrl}/${state.owner}/${state.repo}`
  const userJson = (u: UserSpec) => {
    const api = `${apiUrl}/users/${encodeURIComponent(u.login)}`
    return {
      login: u.login,
      id: u.id,
      node_id: nodeId(u.type === 'Bot' ? 'BOT' : 'U', u.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: `${webUrl}/${u.type === 'Bot' ? `apps/${u.login.replace(/\[bot\]$/, '')}` : u.login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: u.type,
      user_view_type: 'public',
      site_admin: false
    }
  }
  const labelJson = (name: string) => {
    const id = 5_000_000 + stableNumber(name.toLowerCase())
    return {
      id,
      node_id: nodeId('LA', id),
      url: `${repoApi()}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: 'd73a4a',
      default: false
    }
  }
  const issueJson = (i: StoredIssue) => {
    const api = `${repoApi()}/issues/${i.number}`
    const comments = [...state.comments.values()].filter((c) => c.issue_number === i.number).length
    return {
      id: i.id,
      node_id: nodeId(i.pull_request ? 'PR' : 'I', i.id),
      url: api,
      repository_url: repoApi(),
      labels_url: `${api}/labels{/name}`,
      comments_url: `${api}/comments`,
      events_url: `${api}/events`,
      html_url: `${repoWeb()}/${i.pull_request ? 'pull' : 'issues'}/${i.number}`,
      number: i.number,
      state: i.state,
      state_reason: i.state === 'closed' ? 'completed' : null,
      title: i.title,
      body: i.body,
      user: userJson(i.user),
      labels: i.labels.map(labelJson),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments,
      ...(i.pull_request
        ? {
            pull_request: {
              url: `${repoApi()}/pulls/${i.number}`,
              html_url: `${repoWeb()}/pull/${i.number}`,
              diff_url: `${repoWeb()}/pull/${i.number}.diff`,
              patch_url: `${repoWeb()}/pull/${i.number}.patch`,
              merged_at: null
            },
            draft: false
          }
        : {}),
      closed_at: i.closed_at,
      created_at: i.created_at,
      updated_at: i.updated_at,
      timeline_url: `${api}/timeline`,
      author_association: i.author_association
    }
  }
  const commentJson = (c: StoredComment) => ({
    id: c.id,
    node_id: nodeId('IC', c.id),
    url: `${repoApi()}/issues/comments/${c.id}`,
    html_url: `${repoWeb()}/issues/${c.issue_number}#issuecomment-${c.id}`,
    body: c.body,
    user: userJson(c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: `${repoApi()}/issues/${c.issue_number}`,
    author_association: c.author_association
  })
  const repoJson = () => fullRepository(state, apiUrl, webUrl, userJson({ login: state.owner, id: 1_000 + stableNumber(state.owner), type: 'Organization' }))

  // ---- routes ---------------------------------------------------------------------------------
  const notFound = (): Reply => ({ status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } })
  const invalid = (resource: string, field: string, message: string): Reply => ({
    status: 422,
    body: { message: 'Validation Failed', errors: [{ resource, code: 'custom', field, message }], documentation_url: DOCS }
  })
  const checkCommentBody = (body: unknown): Reply | null => {
    const text = (body as { body?: unknown } | undefined)?.body
    if (typeof text !== 'string' || text.trim() === '') return invalid('IssueComment', 'body', 'body cannot be blank')
    if (text.length > 65_536) return invalid('IssueComment', 'body', 'body is too long (maximum is 65536 characters)')
    return null
  }

  const route = (method: string, url: URL, op: Operation | null, params: Record<string, string>, body: unknown): Reply => {
    if (op?.operationId === 'rate-limit/get') {
      const core = { limit: 5000, remaining: 4999, reset: Math.floor(Date.now() / 1000) + 3600, used: 1 }
      return { status: 200, body: { resources: { core, search: { ...core, limit: 30 } }, rate: core } }
    }
    if (!op) return notFound()
    if (params.owner?.toLowerCase() !== state.owner.toLowerCase() || params.repo?.toLowerCase() !== state.repo.toLowerCase()) return notFound()
    switch (op.operationId) {
      case 'repos/get':
        return { status: 200, body: repoJson() }
      case 'issues/list-for-repo':
        return listIssues(url)
      case 'issues/get': {
        const issue = state.issues.get(Number(params.issue_number))
        return issue ? { status: 200, body: issueJson(issue) } : notFound()
      }
      case 'issues/list-comments': {
        const issue = state.issues.get(Number(params.issue_number))
        if (!issue) return notFound()
        const since = url.searchParams.get('since')
        const all = [...state.comments.values()]
          .filter((c) => c.issue_number === issue.number && (!since || Date.parse(c.updated_at) >= Date.parse(since)))
          .sort((a, b) => a.id - b.id)
        return page(url, all.map(commentJson))
      }
      case 'issues/create-comment': {
        const issue = state.issues.get(Number(params.issue_number))
        if (!issue) return notFound()
        const bad = checkCommentBody(body)
        if (bad) return bad
        const id = state.nextCommentId++
        const now = githubTime(Date.now())
        const comment: StoredComment = {
          id,
          issue_number: issue.number,
          body: (body as { body: string }).body,
          user: state.actor,
          author_association: state.actorAssociation,
          created_at: now,
          updated_at: now
        }
        state.comments.set(id, comment)
        return { status: 201, body: commentJson(comment), headers: { location: `${repoApi()}/issues/comments/${id}` } }
      }
      case 'issues/get-comment': {
        const comment = state.comments.get(Number(params.comment_id))
        return comment ? { status: 200, body: commentJson(comment) } : notFound()
      }
      case 'issues/update-comment': {
        const comment = state.comments.get(Number(params.comment_id))
        if (!comment) return notFound()
        const bad = checkCommentBody(body)
        if (bad) return bad
        comment.body = (body as { body: string }).body
        comment.updated_at = githubTime(Date.now())
        return { status: 200, body: commentJson(comment) }
      }
      case 'issues/delete-comment': {
        if (!state.comments.delete(Number(params.comment_id))) return notFound()
        return { status: 204 }
      }
      case 'issues/create': {
        const input = (body ?? {}) as { title?: unknown; body?: unknown; labels?: unknown }
        if (typeof input.title !== 'string' || input.title.trim() === '') return invalid('Issue', 'title', 'title cannot be blank')
        if (typeof input.body === 'string' && input.body.length > 65_536) return invalid('Issue', 'body', 'body is too long (maximum is 65536 characters)')
        const labels = Array.isArray(input.labels) ? input.labels.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name ?? ''))).filter((l) => l !== '') : []
        const number = Math.max(0, ...state.issues.keys()) + 1
        const now = githubTime(Date.now())
        const issue = addIssue({
          number,
          title: input.title,
          body: typeof input.body === 'string' ? input.body : null,
          labels,
          created_at: now,
          updated_at: now,
          user: state.actor,
          author_association: state.actorAssociation
        })
        return { status: 201, body: issueJson(issue), headers: { location: `${repoApi()}/issues/${number}` } }
      }
      case 'issues/update': {
        const issue = state.issues.get(Number(params.issue_number))
        if (!issue || issue.pull_request) return notFound()
        const input = (body ?? {}) as { title?: unknown; body?: unknown; state?: unknown; labels?: unknown }
        if (input.title !== undefined && (typeof input.title !== 'string' || input.title.trim() === '')) return invalid('Issue', 'title', 'title cannot be blank')
        if (typeof input.body === 'string' && input.body.length > 65_536) return invalid('Issue', 'body', 'body is too long (maximum is 65536 characters)')
        const now = githubTime(Date.now())
        if (typeof input.title === 'string') issue.title = input.title
        if (input.body !== undefined) issue.body = typeof input.body === 'string' ? input.body : null
        if (Array.isArray(input.labels)) issue.labels = input.labels.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name ?? '')))
        if (input.state === 'closed' && issue.state === 'open') {
          issue.state = 'closed'
          issue.closed_at = now
        } else if (input.state === 'open' && issue.state === 'closed') {
          issue.state = 'open'
          issue.closed_at = null
        }
        issue.updated_at = now
        return { status: 200, body: issueJson(issue) }
      }
      default:
        violations.push(`${method} ${url.pathname}: ${op.operationId} is documented but not implemented by the GitHub stand-in`)
        return notFound()
    }
  }

  const listIssues = (url: URL): Reply => {
    const q = url.searchParams
    const wanted = (q.get('labels') ?? '')
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter((l) => l !== '')
    const stateFilter = q.get('state') ?? 'open'
    const since = q.get('since')
    const sort = q.get('sort') ?? 'created'
    const direction = q.get('direction') ?? 'desc'
    const key = (i: StoredIssue): number =>
      sort === 'updated' ? Date.parse(i.updated_at) : sort === 'comments' ? [...state.comments.values()].filter((c) => c.issue_number === i.number).length : Date.parse(i.created_at)
    const issues = [...state.issues.values()]
      .filter((i) => stateFilter === 'all' || i.state === stateFilter)
      .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
      .filter((i) => !since || Date.parse(i.updated_at) >= Date.parse(since))
      .sort((a, b) => (direction === 'asc' ? 1 : -1) * (key(a) - key(b) || a.number - b.number))
    return page(url, issues.map(issueJson))
  }

  /** One page of a list with GitHub's Link header (per_page at most 100, pages from 1). */
  const page = (url: URL, items: unknown[]): Reply => {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30))
    const current = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const pageUrl = (n: number) => {
      const u = new URL(url.pathname + url.search, apiUrl)
      u.searchParams.set('page', String(n))
      return u.toString()
    }
    const links: string[] = []
    if (current > 1) links.push(`<${pageUrl(current - 1)}>; rel="prev"`)
    if (current < last) links.push(`<${pageUrl(current + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`)
    if (current > 1) links.push(`<${pageUrl(1)}>; rel="first"`)
    return {
      status: 200,
      body: items.slice((current - 1) * perPage, current * perPage),
      headers: links.length > 0 ? { link: links.join(', ') } : {}
    }
  }

  const injected = (method: string, url: URL): Reply | null => {
    const index = failures.findIndex((f) => (!f.method || f.method.toUpperCase() === method) && (!f.path || f.path.test(url.pathname)))
    if (index < 0) return null
    const f = failures[index]
    f.count -= 1
    if (f.count <= 0) failures.splice(index, 1)
    const nowSeconds = Math.floor(Date.now() / 1000)
    switch (f.kind) {
      case 'rate-limit':
        return {
          status: 403,
          headers: {
            'x-ratelimit-limit': '5000',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-used': '5000',
            'x-ratelimit-reset': String(nowSeconds + (f.resetInSeconds ?? 1)),
            'x-ratelimit-resource': 'core'
          },
          body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`, status: '403' }
        }
      case 'secondary-rate-limit':
      case 'secondary-rate-limit-403': {
        const status = f.kind === 'secondary-rate-limit' ? 429 : 403
        return {
          status,
          headers: { 'retry-after': String(f.retryAfterSeconds ?? 1) },
          body: {
            message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
            status: String(status)
          }
        }
      }
      case 'too-many-requests':
        return { status: 429, headers: { 'retry-after': String(f.retryAfterSeconds ?? 1) }, body: { message: 'Too Many Requests', documentation_url: DOCS, status: '429' } }
      case 'not-found':
        return notFound()
      case 'validation':
        return invalid('Issue', 'labels', 'injected validation failure')
      case 'server-error':
        return { status: 500, body: { message: 'Server Error', documentation_url: DOCS, status: '500' } }
    }
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(req.url ?? '/', apiUrl)
    const raw = await readBody(req)
    const checked = validator.checkRequest(method, url, raw, req.headers['content-type'])
    for (const v of checked.violations) violations.push(`${v.where}: ${v.message}`)
    const op = checked.operation
    const params = op ? (validator.find(method, url.pathname)?.pathParams ?? {}) : {}
    let body: unknown
    try {
      body = raw.length > 0 ? JSON.parse(raw) : undefined
    } catch {
      body = undefined
    }
    hook?.({ method, url: url.pathname + url.search, operationId: op?.operationId ?? null })

    const authorization = req.headers.authorization ?? null
    const token = authorization?.replace(/^(token|bearer)\s+/i, '') ?? null
    let reply: Reply
    if (options.token !== undefined && token !== options.token) {
      reply = { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS, status: '401' } }
    } else {
      reply =
        injected(method, url) ??
        (options.readOnly && method !== 'GET' && method !== 'HEAD'
          ? { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' } }
          : route(method, url, op, params, body))
    }
    const text = reply.body === undefined ? '' : JSON.stringify(reply.body)
    if (op) {
      for (const v of validator.checkResponse(op, url, reply.status, text)) violations.push(`${v.where}: ${v.message}`)
    }
    calls.push({ method, url: url.pathname + url.search, operationId: op?.operationId ?? null, status: reply.status, body, authorization })
    const reset = Math.floor(Date.now() / 1000) + 3600
    res.writeHead(reply.status, {
      'x-github-request-id': `STANDIN:${calls.length}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
      ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      ...reply.headers
    })
    res.end(text)
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      violations.push(`stand-in crashed on ${req.method} ${req.url}: ${(error as Error).stack ?? String(error)}`)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: 'stand-in error' }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: apiUrl,
    state,
    calls,
    violations,
    failNext(spec) {
      failures.push({ ...spec, count: spec.count ?? 1 })
    },
    beforeHandle(fn) {
      hook = fn
    },
    commentsOn(issueNumber) {
      return [...state.comments.values()].filter((c) => c.issue_number === issueNumber).sort((a, b) => a.id - b.id)
    },
    addIssue,
    writes() {
      return calls.filter((c) => c.method !== 'GET' && c.method !== 'HEAD')
    },
    stop() {
      server.closeAllConnections()
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** GitHub writes times without milliseconds. */
export function githubTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`stand-in:${id}`).toString('base64url')}`
}

function stableNumber(text: string): number {
  let h = 0
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) % 1_000_000
  return h
}

/** GET /repos/{owner}/{repo}: every field `full-repository` requires. */
function fullRepository(state: StandInState, apiUrl: string, webUrl: string, owner: Record<string, unknown>): Record<string, unknown> {
  const api = `${apiUrl}/repos/${state.owner}/${state.repo}`
  const web = `${webUrl}/${state.owner}/${state.repo}`
  const host = new URL(webUrl).host
  const id = 700_000_000 + stableNumber(`${state.owner}/${state.repo}`)
  const time = githubTime(BASE_TIME)
  const openIssues = [...state.issues.values()].filter((i) => i.state === 'open').length
  return {
    id,
    node_id: nodeId('R', id),
    name: state.repo,
    full_name: `${state.owner}/${state.repo}`,
    owner,
    private: false,
    html_url: web,
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://${host}/${state.owner}/${state.repo}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@${host}:${state.owner}/${state.repo}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${web}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: web,
    homepage: null,
    language: 'Python',
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 0,
    default_branch: state.defaultBranch,
    open_issues_count: openIssues,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    pushed_at: time,
    created_at: time,
    updated_at: time,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    license: null,
    forks: 0,
    open_issues: openIssues,
    watchers: 0,
    network_count: 0,
    subscribers_count: 0
  }
}
