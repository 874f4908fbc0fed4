import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { parseQuarter, quarterOf, quarterRange, quartersEndingWith, shiftQuarter } from '../../src/trends/index.js'

describe('quarters', () => {
  it('names the quarter of a time in UTC, with the boundaries on the first instant of a quarter', () => {
    expect(quarterOf(new Date('2026-12-31T23:59:59.999Z'))).toBe('2026Q4')
    expect(quarterOf(new Date('2027-01-01T00:00:00.000Z'))).toBe('2027Q1')
    expect(quarterOf(new Date('2026-03-31T23:59:59.999Z'))).toBe('2026Q1')
    expect(quarterOf(new Date('2026-04-01T00:00:00Z'))).toBe('2026Q2')
    expect(quarterOf(new Date('2026-07-01T00:30:00+01:00'))).toBe('2026Q2') // 23:30 UTC on 30 June
    expect(quarterOf(new Date('2026-09-30T23:00:00-02:00'))).toBe('2026Q4') // 01:00 UTC on 1 October
  })

  it('gives half-open ranges', () => {
    const q4 = quarterRange('2026Q4')
    expect([q4.start.toISOString(), q4.end.toISOString()]).toEqual(['2026-10-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'])
    const q1 = quarterRange('2027q1')
    expect([q1.name, q1.start.toISOString(), q1.end.toISOString()]).toEqual(['2027Q1', '2027-01-01T00:00:00.000Z', '2027-04-01T00:00:00.000Z'])
    for (const q of ['2024Q1', '2026Q2', '2026Q3']) {
      const r = quarterRange(q)
      expect(quarterOf(r.start)).toBe(q)
      expect(quarterOf(new Date(r.end.getTime() - 1))).toBe(q)
      expect(quarterOf(r.end)).toBe(shiftQuarter(q, 1))
    }
  })

  it('steps across years', () => {
    expect(shiftQuarter('2026Q1', -1)).toBe('2025Q4')
    expect(shiftQuarter('2026Q4', 1)).toBe('2027Q1')
    expect(shiftQuarter('2026Q3', -7)).toBe('2024Q4')
    expect(quartersEndingWith('2026Q2', 4)).toEqual(['2025Q3', '2025Q4', '2026Q1', '2026Q2'])
  })

  it('accepts a few spellings and rejects the rest with an InputError', () => {
    expect(parseQuarter(' 2026-Q4 ')).toBe('2026Q4')
    for (const bad of ['2026Q5', 'Q4 2026', '26Q4', '2026', '2026Q4; rm -rf /']) {
      expect(() => quarterRange(bad)).toThrow(InputError)
    }
    expect(() => quarterRange('2026Q0')).toThrow(/e\.g\. 2026Q4/)
  })
})
