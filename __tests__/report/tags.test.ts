// Component / failure mode / incident rules (a)-(e), first match wins, and the component-map file.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../../src/errors.js'
import { matchComponentRule, parseComponentMap } from '../../src/report/component-map.js'
import { loadComponentMap, readReportFile } from '../../src/report/index.js'
import { resolveTags } from '../../src/report/tags.js'

const work = mkdtempSync(join(tmpdir(), 'report-tags-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const MAP = parseComponentMap(
  [
    '# tests of the shop',
    '*                      platform',
    'tests/checkout/        checkout-service   payment_timeout',
    '/tests/inventory/**    inventory-service',
    'test_legacy_*.py       legacy             # trailing comment',
    'tests/checkout/test_refund.py refund-service refund_partial'
  ].join('\n'),
  'components.txt'
)

describe('rule precedence', () => {
  it('(a) metadata wins over everything, top-level keys over the nested markers dict', () => {
    const tags = resolveTags(
      {
        metadata: { component: 'from-top', markers: { component: 'from-nested', failure_mode: 'nested-mode', incident: 'INC-7' } },
        userProperties: [['component', 'from-properties']],
        markers: [{ name: 'component', args: ['from-markers'] }],
        file: 'tests/checkout/test_pay.py'
      },
      MAP
    )
    expect(tags).toEqual({ component: 'from-top', failure_mode: 'nested-mode', incident: 'INC-7', tag_source: 'metadata' })
  })

  it('(b) user_properties, first recorded value (reruns repeat them)', () => {
    const tags = resolveTags({ userProperties: [['component', 'a'], ['failure_mode', 'm'], ['component', 'b']], file: null }, null)
    expect(tags).toEqual({ component: 'a', failure_mode: 'm', incident: null, tag_source: 'user_properties' })
  })

  it('(c) a markers list with args, the shape the original sketch assumes, on the test or in its metadata', () => {
    const markers = [
      { name: 'parametrize', args: ['x', [1, 2]] },
      { name: 'component', args: ['search'] },
      { name: 'failure_mode', args: ['timeout'], kwargs: { severity: 'high' } },
      { name: 'incident', args: [1234] }
    ]
    expect(resolveTags({ markers, file: null }, null)).toEqual({ component: 'search', failure_mode: 'timeout', incident: '1234', tag_source: 'markers' })
    expect(resolveTags({ metadata: { markers }, file: null }, null).tag_source).toBe('markers')
  })

  it('each field takes the first rule that has it; tag_source names the rule of the component', () => {
    const tags = resolveTags({ metadata: { failure_mode: 'stock_race' }, markers: [{ name: 'component', args: ['inventory'] }], file: null }, null)
    expect(tags).toEqual({ component: 'inventory', failure_mode: 'stock_race', incident: null, tag_source: 'markers' })
    expect(resolveTags({ metadata: { failure_mode: 'only-mode' }, file: null }, null)).toMatchObject({ component: 'unknown', tag_source: 'metadata' })
  })

  it('(d) the component map, its failure mode only with its component', () => {
    expect(resolveTags({ file: 'tests/checkout/test_pay.py' }, MAP)).toEqual({
      component: 'checkout-service',
      failure_mode: 'payment_timeout',
      incident: null,
      tag_source: 'component_map'
    })
    // the component came from a marker: the map's failure mode (of another component) is not used
    expect(resolveTags({ markers: [{ name: 'component', args: ['search'] }], file: 'tests/checkout/test_pay.py' }, MAP)).toMatchObject({
      component: 'search',
      failure_mode: 'general'
    })
  })

  it('(e) unknown and general', () => {
    expect(resolveTags({ metadata: { ticket: 'REF-42' }, userProperties: [], file: 'x.py' }, null)).toEqual({
      component: 'unknown',
      failure_mode: 'general',
      incident: null,
      tag_source: 'default'
    })
  })

  it('ignores empty and non-text values', () => {
    expect(resolveTags({ metadata: { component: '  ', failure_mode: { a: 1 } }, userProperties: [['component', ' billing ']], file: null }, null)).toMatchObject({
      component: 'billing',
      tag_source: 'user_properties'
    })
  })
})

describe('component map (CODEOWNERS-style, last match wins)', () => {
  const component = (file: string) => matchComponentRule(MAP, file)?.component ?? null

  it('matches directories, anchored and unanchored globs, and lets later lines override', () => {
    expect(component('tests/checkout/test_pay.py')).toBe('checkout-service')
    expect(component('tests/checkout/sub/test_deep.py')).toBe('checkout-service')
    expect(component('tests/checkout/test_refund.py')).toBe('refund-service')
    expect(component('tests/inventory/a/b/test_stock.py')).toBe('inventory-service')
    expect(component('other/tests/inventory/test_stock.py')).toBe('platform') // anchored: not below the root
    expect(component('deep/down/test_legacy_api.py')).toBe('legacy') // no slash: any depth
    expect(component('test_misc.py')).toBe('platform')
  })

  it('records the line of each rule and reads trailing comments and escaped #', () => {
    expect(MAP.rules.map((r) => r.line)).toEqual([2, 3, 4, 5, 6])
    expect(MAP.rules[3]).toMatchObject({ pattern: 'test_legacy_*.py', component: 'legacy', failure_mode: null })
    const hashed = parseComponentMap('tests/c\\#/ csharp', 'm.txt')
    expect(matchComponentRule(hashed, 'tests/c#/test_a.py')?.component).toBe('csharp')
  })

  it('rejects a bad line with file:line', () => {
    expect(() => parseComponentMap('tests/ a\nlonely-pattern\n', 'components.txt')).toThrow(InputError)
    expect(() => parseComponentMap('tests/ a\nlonely-pattern\n', 'components.txt')).toThrow(/^components\.txt:2: expected `pattern component \[failure_mode\]`/)
    expect(() => parseComponentMap('a b c d', 'm.txt')).toThrow(/^m\.txt:1:/)
    expect(() => parseComponentMap('!tests/ x', 'm.txt')).toThrow(/^m\.txt:1: negated patterns/)
  })

  it('loads from a file, and names a missing one', async () => {
    const path = join(work, 'components.txt')
    writeFileSync(path, '\uFEFFtest_checkout.py checkout-service payment_timeout\r\n')
    const map = await loadComponentMap(path)
    expect(map.rules).toHaveLength(1)
    await expect(loadComponentMap(join(work, 'missing.txt'))).rejects.toThrow(/missing\.txt could not be read \(ENOENT\)/)

    // applied by the readers to tests with no tags of their own
    const run = await readReportFile(join(process.cwd(), '__fixtures__/reports/markers-demo.default.pretty.json'), { format: 'auto', componentMap: map, cwd: work })
    expect(new Set(run.tests.map((t) => `${t.component} ${t.failure_mode} ${t.tag_source}`))).toEqual(
      new Set(['checkout-service payment_timeout component_map'])
    )
  })
})
