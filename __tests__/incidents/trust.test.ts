import { describe, expect, it } from '@jest/globals'
import { DEFAULT_INCIDENT_AUTHORS, describeUntrusted, isTrusted, parseIncidentAuthors, partitionByTrust } from '../../src/incidents/trust.js'
import type { Incident } from '../../src/incidents/types.js'
import { parseInputs } from '../../src/inputs.js'
import { fieldNotes, outsideHistoryReason, renderUnjudgedComment } from '../../src/action/comments.js'

function incident(over: Partial<Incident>): Incident {
  return {
    id: '#1',
    title: 'Checkout down',
    url: null,
    component: 'checkout',
    failure_mode: 'general',
    detected_at: '2026-11-20T14:05:00.000Z',
    started_at: null,
    resolved_at: null,
    issue_number: 1,
    source: 'github',
    problems: [],
    ...over
  }
}

describe('incident-authors', () => {
  const policy = (text: string) => {
    const { policy: p, invalid } = parseIncidentAuthors(text)
    expect(invalid).toEqual([])
    return p
  }

  it('by default trusts owners, members and collaborators, and nobody else', () => {
    const p = policy(DEFAULT_INCIDENT_AUTHORS)
    for (const association of ['OWNER', 'MEMBER', 'COLLABORATOR']) expect(isTrusted(incident({ author_association: association }), p)).toBe(true)
    for (const association of ['CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'MANNEQUIN', 'NONE', null]) {
      expect(isTrusted(incident({ author: 'someone', author_association: association }), p)).toBe(false)
    }
  })

  it('takes logins (with or without @, any case, bots too) beside roles, on lines or after commas', () => {
    const p = policy('MEMBER\n@Octocat, pagerduty[bot]\n# a comment line\n')
    expect(isTrusted(incident({ author: 'octocat', author_association: 'NONE' }), p)).toBe(true)
    expect(isTrusted(incident({ author: 'pagerduty[bot]', author_association: 'NONE' }), p)).toBe(true)
    expect(isTrusted(incident({ author: 'mallory', author_association: 'NONE' }), p)).toBe(false)
    expect(isTrusted(incident({ author: 'mallory', author_association: 'MEMBER' }), p)).toBe(true)
  })

  it('`*` trusts everybody; incidents from a file are always trusted', () => {
    expect(isTrusted(incident({ author_association: 'NONE' }), policy('*'))).toBe(true)
    expect(isTrusted(incident({ issue_number: null, source: 'incidents.json' }), policy('OWNER'))).toBe(true)
  })

  it('rejects teams and anything that is not a login or a role, naming each in the input error', () => {
    expect(parseIncidentAuthors('OWNER, @octo-org/sre, not a login, member').invalid).toEqual(['@octo-org/sre', 'not a login'])
    expect(() => parseInputs((name) => (name === 'incident-authors' ? 'OWNER, @octo-org/sre' : ''))).toThrow(
      /input `incident-authors` is "OWNER, @octo-org\/sre": expected .*"@octo-org\/sre" is neither a GitHub login nor one of OWNER, .*teams are not supported/
    )
  })

  it('lists the untrusted with their login and association, and never @-mentions them', () => {
    const { trusted, untrusted } = partitionByTrust([incident({ id: '#1', author_association: 'OWNER' }), incident({ id: '#2', author: 'stranger', author_association: 'NONE' })], policy(DEFAULT_INCIDENT_AUTHORS))
    expect(trusted.map((i) => i.id)).toEqual(['#1'])
    expect(untrusted).toEqual([{ incident_id: '#2', title: 'Checkout down', url: null, author: 'stranger', author_association: 'NONE' }])
    expect(describeUntrusted(untrusted[0])).toBe('#2 was opened by `stranger` (`NONE`), who is not in `incident-authors`')
  })
})

describe('the comment of an incident that cannot be judged', () => {
  it('says why instead of a verdict, and lists what could not be read, escaped', () => {
    const body = renderUnjudgedComment(incident({ problems: ['"Started at" of issue #1 ("<b>yesterday</b>") is not a date and time'] }), outsideHistoryReason({ incident_id: '#1', title: null, url: null, detected_at: '2026-01-01T00:00:00Z', reason: 'detected 2026-01-01, before the first stored run (2026-03-01)' }))
    expect(body).toContain('**Cannot be judged yet**: detected before the history begins: cannot be judged (detected 2026-01-01, before the first stored run (2026-03-01)).')
    expect(body).not.toMatch(/\*\*(Yes|No)\*\*/)
    expect(body).toContain('**Incident fields**')
    expect(body).toContain('&lt;b&gt;yesterday&lt;/b&gt;')
    expect(body).not.toContain('<b>')
  })

  it('says when the creation time stands in for an absent "Detected at"', () => {
    expect(fieldNotes(incident({ detected_at_from: 'issue_created' }))).toContain('The issue has no "Detected at" field, so its creation time (2026-11-20T14:05:00.000Z) is used as the detection time')
    expect(fieldNotes(incident({ detected_at_from: 'field' }))).toBe('')
  })
})
