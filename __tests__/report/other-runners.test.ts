/**
 * JUnit XML is written by many test runners. Only pytest's testcases become pytest nodeids; the
 * others keep their runner's ids (classname::name), so no `.py` file is invented for a Java class
 * or a jest test.
 */
import { describe, expect, it } from '@jest/globals'
import { resolve } from 'node:path'
import { isPytestCase, readReports } from '../../src/report/index.js'

const OTHER = resolve('__fixtures__/junit-other-runners')
const PYTEST = resolve('__fixtures__/reports')
const read = (dir: string, file: string) => readReports([file], { format: 'auto', componentMap: null, cwd: dir })

describe('JUnit XML from other test runners keeps their ids', () => {
  it('Maven Surefire: class::method, outcomes and messages, no file', async () => {
    const run = await read(OTHER, 'TEST-com.example.shop.CartTest.xml')
    expect(run.meta.format).toBe('junit')
    const byId = Object.fromEntries(run.tests.map((t) => [t.nodeid, t]))
    expect(Object.keys(byId).sort()).toEqual([
      'com.example.shop.CartTest::addsAnItem',
      'com.example.shop.CartTest::appliesTheDiscount',
      'com.example.shop.CartTest::chargesTheCard',
      'com.example.shop.CartTest::removesAnItem',
      'com.example.shop.CartTest::roundsPrices(String)[1]'
    ])
    expect(byId['com.example.shop.CartTest::appliesTheDiscount']).toMatchObject({ outcome: 'failed', message: 'expected: <90> but was: <100>', file: null, line: null })
    expect(byId['com.example.shop.CartTest::chargesTheCard']).toMatchObject({ outcome: 'error', message: 'Connection refused' })
    expect(byId['com.example.shop.CartTest::removesAnItem']).toMatchObject({ outcome: 'skipped', message: 'not implemented yet' })
    // the suite-level <properties> are the JVM's, not tags
    expect(run.tests.every((t) => t.component === 'unknown' && t.tag_source === 'default')).toBe(true)
    expect(run.tests.some((t) => t.nodeid.includes('.py'))).toBe(false)
  })

  it('jest-junit: the test name as it is (classname repeats it), the first line of the failure as message', async () => {
    const run = await read(OTHER, 'jest-junit.xml')
    expect(run.tests.map((t) => [t.nodeid, t.outcome])).toEqual([
      ['Cart adds an item', 'passed'],
      ['Cart applies the discount', 'failed'],
      ['Cart removes an item', 'skipped'],
      ['Cart checkout charges the card', 'passed']
    ])
    expect(run.tests[1].message).toBe('Error: expect(received).toBe(expected) // Object.is equality')
    expect(run.tests.every((t) => t.file === null)).toBe(true)
  })

  it("pytest's JUnit XML still becomes nodeids (xunit1 and xunit2, suite named pytest or not)", async () => {
    const xunit2 = await read(PYTEST, 'more-itertools-broken-ilen.junit.xml')
    expect(xunit2.tests.every((t) => /\.py(::|$)/.test(t.nodeid))).toBe(true)
    expect(xunit2.tests.map((t) => t.nodeid)).toContain('tests/test_more.py::IlenTests::test_ilen')
  })
})

describe('which testcases are pytest-shaped', () => {
  const c = (suite: string, classname: string, name = 'test_x', file: string | null = null) => isPytestCase({ suite, classname, name, file })
  it('by the file attribute, the suite name, or a test module by pytest naming', () => {
    expect(c('anything', 'whatever', 'x', 'tests/test_a.py')).toBe(true)
    expect(c('anything', 'src.App', 'x', 'src/App.test.js')).toBe(false)
    expect(c('pytest', 'com.example.CartTest')).toBe(true)
    expect(c('custom', 'tests.test_cart.TestTotals')).toBe(true)
    expect(c('custom', 'tests.cart_test')).toBe(true)
    expect(c('custom', '', 'tests.test_broken')).toBe(true)
    expect(c('com.example.shop.CartTest', 'com.example.shop.CartTest')).toBe(false)
    expect(c('Cart', 'Cart adds an item')).toBe(false)
    expect(c('custom', 'tests.helpers.Thing')).toBe(false)
  })
})
