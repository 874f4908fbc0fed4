/**
 * The Prometheus HTTP API (`/api/v1/query_range`), or anything that speaks it (Thanos, Mimir,
 * VictoriaMetrics, Grafana Cloud). Credentials travel in the Authorization header only: never in
 * the URL, an error message or a log line.
 */
import { InputError } from '../errors.js'
import { checkTemplate, durationText, renderQuery } from './promql.js'
import type { MetricsSource, Point, SeriesKind } from './types.js'

/** The source failed (unreachable, timed out, answered an error): a warning, never fatal. */
export class MetricsQueryError extends Error {
  constructor(
    message: string,
    /** the source is unusable (down, timing out, refusing credentials): stop asking it */
    readonly fatal: boolean
  ) {
    super(message)
    this.name = 'MetricsQueryError'
  }
}

export interface PrometheusOptions {
  url: string
  token?: string | null
  basicAuth?: string | null
  errorRateQuery: string
  latencyQuery: string
  latencyUnit: 'seconds' | 'milliseconds'
  timeoutMs: number
  /** the range of `rate(...[{window}])`; default 5m */
  windowSeconds?: number
}

interface ApiAnswer {
  status?: string
  error?: string
  errorType?: string
  warnings?: string[]
  data?: { resultType?: string; result?: Array<{ metric?: Record<string, string>; values?: Array<[number, string]> }> }
}

export class PrometheusSource implements MetricsSource {
  readonly kind = 'prometheus' as const
  /** without credentials, safe to show */
  readonly endpoint: string
  private readonly headers: Record<string, string>
  /** warnings worth showing once (several series merged, Prometheus warnings) */
  readonly warnings = new Set<string>()

  constructor(private readonly opts: PrometheusOptions) {
    const { endpoint, userinfo } = parseBaseUrl(opts.url)
    this.endpoint = endpoint
    checkTemplate(opts.errorRateQuery, 'metrics-error-rate-query')
    checkTemplate(opts.latencyQuery, 'metrics-latency-query')
    this.headers = { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' }
    const basic = opts.basicAuth || userinfo
    if (opts.token) this.headers.Authorization = `Bearer ${opts.token}`
    else if (basic) {
      if (!basic.includes(':')) throw new InputError('The prometheus-basic-auth input must be user:password.')
      this.headers.Authorization = `Basic ${Buffer.from(basic, 'utf8').toString('base64')}`
    }
  }

  /** The query that would be sent for a component (for tests and for the README's examples). */
  query(kind: SeriesKind, component: string): string {
    const template = kind === 'error_rate' ? this.opts.errorRateQuery : this.opts.latencyQuery
    const name = kind === 'error_rate' ? 'metrics-error-rate-query' : 'metrics-latency-query'
    return renderQuery(template, { component, window: durationText(this.opts.windowSeconds ?? 300) }, name)
  }

  async series(kind: SeriesKind, component: string, start: number, end: number, stepSeconds: number): Promise<Point[]> {
    const body = new URLSearchParams({ query: this.query(kind, component), start: String(start), end: String(end), step: String(stepSeconds) })
    const answer = await this.post('/api/v1/query_range', body)
    for (const w of answer.warnings ?? []) this.warnings.add(`Prometheus warned: ${String(w).slice(0, 300)}`)
    const result = answer.data?.result ?? []
    if (answer.data?.resultType !== 'matrix') throw new MetricsQueryError(`Prometheus answered a ${answer.data?.resultType ?? 'missing'} result where a range query gives a matrix.`, false)
    if (result.length > 1) this.warnings.add(`The ${kind === 'error_rate' ? 'error-rate' : 'latency'} query returns ${result.length} series for some components; the highest value at each time is used. Aggregate it (sum(...) / sum(...)) to get one.`)
    const scale = kind === 'latency_p99' && this.opts.latencyUnit === 'seconds' ? 1000 : 1
    const byTime = new Map<number, number>()
    for (const series of result) {
      for (const [t, raw] of series.values ?? []) {
        const value = Number(raw) * scale
        // NaN (0/0: no traffic) and ±Inf (histogram_quantile over empty buckets) are missing data
        if (!Number.isFinite(value)) continue
        const previous = byTime.get(t)
        byTime.set(t, previous === undefined ? value : Math.max(previous, value))
      }
    }
    return [...byTime.entries()].sort((a, b) => a[0] - b[0])
  }

  private async post(path: string, body: URLSearchParams): Promise<ApiAnswer> {
    const url = this.endpoint + path
    let response: Response
    try {
      response = await fetch(url, { method: 'POST', headers: this.headers, body, signal: AbortSignal.timeout(this.opts.timeoutMs), redirect: 'error' })
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } }
      if (err.name === 'TimeoutError' || err.name === 'AbortError') throw new MetricsQueryError(`Prometheus at ${this.endpoint} did not answer within ${this.opts.timeoutMs} ms.`, true)
      throw new MetricsQueryError(`Prometheus at ${this.endpoint} could not be reached (${err.cause?.code ?? err.cause?.message ?? err.message}).`, true)
    }
    let text: string
    try {
      text = await response.text()
    } catch (e) {
      const timedOut = (e as Error).name === 'TimeoutError' || (e as Error).name === 'AbortError'
      throw new MetricsQueryError(`Prometheus at ${this.endpoint} ${timedOut ? `did not finish answering within ${this.opts.timeoutMs} ms` : 'broke off its answer'}.`, true)
    }
    let answer: ApiAnswer | null
    try {
      answer = JSON.parse(text) as ApiAnswer
    } catch {
      answer = null
    }
    if (response.status === 401 || response.status === 403) throw new MetricsQueryError(`Prometheus at ${this.endpoint} refused the credentials (HTTP ${response.status}); check prometheus-token / prometheus-basic-auth.`, true)
    if (answer?.status === 'error') throw new MetricsQueryError(`Prometheus rejected a query (${answer.errorType ?? `HTTP ${response.status}`}): ${String(answer.error ?? '').slice(0, 300)}`, response.status >= 500 && answer.errorType !== 'execution')
    if (!response.ok || !answer) throw new MetricsQueryError(`Prometheus at ${this.endpoint} answered HTTP ${response.status}${answer ? '' : ' without JSON'}; is prometheus-url the server's base URL?`, response.status === 404 || response.status >= 500)
    return answer
  }
}

/** Base URL without a trailing slash and without credentials (moved to the header instead). */
export function parseBaseUrl(raw: string): { endpoint: string; userinfo: string | null } {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    throw new InputError('The prometheus-url input is not a URL; give the server\'s base URL, like https://prometheus.example.com (without /api/v1).')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(`The prometheus-url input must be http(s), not ${url.protocol}.`)
  const userinfo = url.username ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : null
  url.username = ''
  url.password = ''
  url.search = ''
  url.hash = ''
  const endpoint = url.toString().replace(/\/+$/, '').replace(/\/api\/v1$/, '')
  return { endpoint, userinfo }
}
