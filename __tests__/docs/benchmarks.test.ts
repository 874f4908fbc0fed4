/**
 * BENCHMARKS.md is what the stored benchmark results and bench/NOTES.md make: a figure or a note
 * edited in BENCHMARKS.md alone would be lost at the next `npm run bench`, and a figure typed by
 * hand would not be a measurement.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { assembleBenchmarks } from '../../bench/assemble.js'

describe('BENCHMARKS.md', () => {
  it('is exactly what bench/results and bench/NOTES.md assemble (`npm run bench -- --assemble`)', () => {
    expect(readFileSync('BENCHMARKS.md', 'utf8')).toBe(assembleBenchmarks())
  })
})
