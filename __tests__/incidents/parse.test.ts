import { createRequire } from 'node:module'
import { describe, expect, it } from '@jest/globals'
import { incidentFromIssue, isPullRequest, type IssueLike } from '../../src/incidents/parse.js'
import { parseZonedTime } from '../../src/incidents/time.js'
import { renderIssueForm, templateFields } from './issue-form.js'

const base = { number: 7, title: 'Checkout returned 502', html_url: 'https://github.com/octo-org/shop/issues/7', created_at: '2026-11-20T15:00:00Z', closed_at: null }
const issue = (over: Partial<IssueLike>): IssueLike => ({ ...base, labels: [{ name: 'incident' }], body: '', ...over })

describe('incidentFromIssue: the shipped issue form', () => {
  const { labels, fields } = templateFields()

  it('labels new issues as incidents and asks for every field the parser reads', () => {
    expect(labels).toEqual(['incident'])
    expect(fields.map((f) => [f.label, f.required])).toEqual([
      ['Component', true],
      ['Failure mode', false],
      ['Detected at', false],
      ['Started at', false],
      ['Resolved at', false],
      ['What happened', false]
    ])
  })

  it('reads every field of a filled-in form', () => {
    const body = renderIssueForm(fields, {
      component: 'checkout-service',
      failure_mode: 'gateway_5xx',
      detected_at: '2026-11-20T14:05:00Z',
      started_at: '2026-11-20T14:35:00+01:00',
      resolved_at: '2026-11-20T16:00:00Z',
      what_happened: 'The gateway answered 502.\n\n### Component\n\nnot-this-one'
    })
    expect(body).toContain('### Component\n\ncheckout-service\n\n### Failure mode\n\ngateway_5xx')
    expect(incidentFromIssue(issue({ body }))).toEqual({
      id: '#7',
      title: 'Checkout returned 502',
      url: 'https://github.com/octo-org/shop/issues/7',
      component: 'checkout-service',
      failure_mode: 'gateway_5xx',
      detected_at: '2026-11-20T14:05:00.000Z',
      started_at: '2026-11-20T13:35:00.000Z',
      resolved_at: '2026-11-20T16:00:00.000Z',
      issue_number: 7,
      source: 'github',
      problems: [],
      unusable: null,
      detected_at_from: 'field',
      author: null,
      author_association: null
    })
  })

  it('treats `_No response_` as empty: defaults for failure mode, detection and resolution', () => {
    const body = renderIssueForm(fields, { component: 'search' })
    expect(body).toContain('### Failure mode\n\n_No response_')
    const incident = incidentFromIssue(issue({ body, closed_at: '2026-11-21T08:00:00Z' }))
    expect(incident).toMatchObject({
      component: 'search',
      failure_mode: 'general',
      detected_at: '2026-11-20T15:00:00.000Z',
      started_at: null,
      resolved_at: '2026-11-21T08:00:00.000Z',
      problems: [],
      detected_at_from: 'issue_created',
      unusable: null
    })
  })

  it('reads CRLF bodies and fenced values', () => {
    const body = '### Component\r\n\r\n```text\r\npayments\r\n```\r\n\r\n### Failure mode\r\n\r\ntimeout\r\n'
    expect(incidentFromIssue(issue({ body }))).toMatchObject({ component: 'payments', failure_mode: 'timeout' })
  })
})

describe('incidentFromIssue: labels, lines and precedence', () => {
  it('takes the component and failure mode from labels first', () => {
    const body = '### Component\n\nfrom-form\n\nFailure mode: from-line'
    const incident = incidentFromIssue(issue({ body, labels: ['incident', 'component: checkout', { name: 'failure-mode:timeout' }] }))
    expect(incident).toMatchObject({ component: 'checkout', failure_mode: 'timeout', problems: [] })
  })

  it('uses configurable label prefixes, case-insensitively', () => {
    const labels = [{ name: 'Service/Billing' }, { name: 'mode/overload' }, { name: 'component:ignored' }]
    const incident = incidentFromIssue(issue({ labels }), { componentPrefix: 'service/', failureModePrefix: 'mode/' })
    expect(incident).toMatchObject({ component: 'Billing', failure_mode: 'overload' })
  })

  it('reports several component labels and uses the first', () => {
    const incident = incidentFromIssue(issue({ labels: ['component:a', 'component:b'] }))
    expect(incident.component).toBe('a')
    expect(incident.problems).toEqual(['issue #7 has several `component:` labels ("a", "b"); using the first, "a".'])
  })

  it('reads `Name: value` lines, bold or in a list', () => {
    expect(incidentFromIssue(issue({ body: 'Summary\nComponent: inventory\nfailure_mode: stock_race' }))).toMatchObject({
      component: 'inventory',
      failure_mode: 'stock_race'
    })
    expect(incidentFromIssue(issue({ body: '- **Component:** cart\n- **Failure mode**: lost_update' }))).toMatchObject({ component: 'cart', failure_mode: 'lost_update' })
  })

  it('lists an issue without a component as unclassified, with how to fix it', () => {
    const incident = incidentFromIssue(issue({ body: 'The site was down.', labels: ['incident', 'component:'] }))
    expect(incident.component).toBeNull()
    expect(incident.failure_mode).toBe('general')
    expect(incident.problems).toEqual([
      'issue #7 has no component, so it is listed as unclassified and left out of the correlation: add a label `component:<name>`, ' +
        'or fill the "Component" field of the incident form (a `### Component` section), or add a line `Component: <name>` to its body.'
    ])
  })

  it('cleans untrusted values: control characters, bidi overrides, whitespace, length', () => {
    const body = `### Component\n\n  check\u0007out\u202e-svc  \n\n### Failure mode\n\n${'x'.repeat(500)}`
    const incident = incidentFromIssue(issue({ body, title: 'Down\u0000 \n again' }))
    expect(incident.component).toBe('checkout-svc')
    expect(incident.failure_mode).toBe('x'.repeat(100))
    expect(incident.title).toBe('Down again')
  })

  it('keeps only http(s) urls', () => {
    expect(incidentFromIssue(issue({ html_url: 'javascript:alert(1)' })).url).toBeNull()
  })

  it('reads a huge hostile body in bounded time without crashing', () => {
    const body = `### ${' '.repeat(30_000)}x\n${'Component:'.repeat(3_000)}\n${'#'.repeat(5_000)}`
    expect(incidentFromIssue(issue({ body })).component).toBe('Component:Component:Component:Component:Component:Component:Component:Component:Component:Component:')
  })
})

describe('incidentFromIssue: times', () => {
  it('rejects a time without a zone: never guessed from the creation time, the incident is unusable until fixed, and says so', () => {
    const incident = incidentFromIssue(issue({ body: 'Component: x\nDetected at: 2026-11-20 14:05' }))
    const problem =
      '"Detected at" of issue #7 ("2026-11-20 14:05") has no time zone, so it is left out of the analysis until it is fixed. ' +
      'Write it in ISO 8601 with a zone, e.g. `2026-11-20T14:05:00Z` or `2026-11-20T15:05:00+01:00`.'
    expect(incident.problems).toEqual([problem])
    expect(incident.unusable).toBe(problem)
    expect(incident.detected_at_from).toBe('field')
  })

  it('names "yesterday" in an issue form\'s Detected at field with how to write it', () => {
    const { fields } = templateFields()
    const incident = incidentFromIssue(issue({ body: renderIssueForm(fields, { component: 'checkout', detected_at: 'yesterday' }) }))
    expect(incident.unusable).toMatch(/^"Detected at" of issue #7 \("yesterday"\) is not a date and time, so it is left out of the analysis until it is fixed\. Write it in ISO 8601/)
  })

  it('uses the creation time only when the field is absent, and records that it did', () => {
    const incident = incidentFromIssue(issue({ body: 'Component: x' }))
    expect(incident).toMatchObject({ detected_at: '2026-11-20T15:00:00.000Z', detected_at_from: 'issue_created', unusable: null, problems: [] })
  })

  it('keeps the author and their association for incident-authors', () => {
    const incident = incidentFromIssue(issue({ body: 'Component: x', user: { login: 'stranger' }, author_association: 'NONE' }))
    expect(incident).toMatchObject({ author: 'stranger', author_association: 'NONE' })
  })

  it('ignores an unreadable start time and keeps the closing time for resolution when the field is bad', () => {
    const incident = incidentFromIssue(issue({ body: 'Component: x\nStarted at: yesterday\nResolved at: 2026-02-30T10:00:00Z', closed_at: '2026-11-21T00:00:00Z' }))
    expect(incident.started_at).toBeNull()
    expect(incident.resolved_at).toBe('2026-11-21T00:00:00.000Z')
    expect(incident.problems).toHaveLength(2)
    expect(incident.problems[0]).toMatch(/^"Started at" of issue #7 \("yesterday"\) is not a date and time, so it is not read \(ignored\)\./)
    expect(incident.problems[1]).toMatch(/^"Resolved at" of issue #7 \("2026-02-30T10:00:00Z"\) is not a date and time, so it is not read \(the issue's closing time is used instead\)\./)
  })

  it('parses ISO 8601 with zones strictly', () => {
    expect(parseZonedTime('2026-11-20T14:05:00Z')).toEqual({ ok: true, iso: '2026-11-20T14:05:00.000Z' })
    expect(parseZonedTime('2026-11-20T14:05:00.5-0230')).toEqual({ ok: true, iso: '2026-11-20T16:35:00.500Z' })
    expect(parseZonedTime('2026-11-20T14:05+05')).toEqual({ ok: true, iso: '2026-11-20T09:05:00.000Z' })
    expect(parseZonedTime('2026-11-20T14:05:00')).toEqual({ ok: false, reason: 'no-zone' })
    expect(parseZonedTime('2026-11-20')).toEqual({ ok: false, reason: 'no-zone' })
    expect(parseZonedTime('2026-11-20T25:00:00Z')).toEqual({ ok: false, reason: 'invalid' })
    expect(parseZonedTime('20 Nov 2026')).toEqual({ ok: false, reason: 'invalid' })
  })
})

describe('incidentFromIssue: webhook payloads from @octokit/webhooks-examples', () => {
  const require = createRequire(import.meta.url)
  const definitions = require('@octokit/webhooks-examples') as { name: string; examples: { action: string; issue: IssueLike & { created_at: string } }[] }[]
  const issuesEvent = definitions.find((d) => d.name === 'issues')
  const labeled = issuesEvent?.examples.filter((e) => e.action === 'labeled') ?? []

  it('parses the real issues.labeled payloads (no component: unclassified, never a crash)', () => {
    expect(labeled.length).toBeGreaterThan(0)
    for (const event of labeled) {
      const incident = incidentFromIssue(event.issue)
      expect(incident.id).toBe(`#${event.issue.number}`)
      expect(incident.title).toBe(event.issue.title)
      expect(incident.url).toBe(event.issue.html_url)
      expect(incident.component).toBeNull()
      expect(incident.detected_at).toBe(new Date(event.issue.created_at).toISOString())
      expect(isPullRequest(event.issue)).toBe(false)
    }
  })

  it('reads the component of a real payload once the issue carries a component label', () => {
    const event = labeled[0]
    const payloadIssue = { ...event.issue, labels: [...(event.issue.labels ?? []), { name: 'incident' }, { name: 'component:readme' }] }
    expect(incidentFromIssue(payloadIssue)).toMatchObject({ component: 'readme', failure_mode: 'general', problems: [] })
  })

  it('parses every issues.* example payload without throwing', () => {
    for (const event of issuesEvent?.examples ?? []) {
      expect(incidentFromIssue(event.issue).id).toBe(`#${event.issue.number}`)
    }
  })
})
