import { describe, expect, test } from '@jest/globals';
import { analyze, binomialTail } from '../../src/analysis/index.js';
import { baseRate, strengthOf } from '../../src/analysis/stats.js';
import { DAY, HistoryBuilder, incident, plusDays } from './history-builder.js';
/** P(X >= a | n, num/den) exactly, with integers, scaled by 10^digits and returned as a float. */
function exactTail(a, n, num, den) {
    let sum = 0n;
    let choose = 1n; // C(n, k), updated as k grows
    for (let k = 0; k <= n; k++) {
        if (k > 0)
            choose = (choose * BigInt(n - k + 1)) / BigInt(k);
        if (k >= a)
            sum += choose * num ** BigInt(k) * (den - num) ** BigInt(n - k);
    }
    const total = den ** BigInt(n);
    // scale so the quotient keeps ~15 significant digits, whatever its magnitude
    const shift = BigInt(Math.max(0, total.toString().length - sum.toString().length + 17));
    return Number((sum * 10n ** shift) / total) / 10 ** Number(shift);
}
describe('binomialTail', () => {
    test('known values', () => {
        expect(binomialTail(3, 5, 0.1)).toBeCloseTo(0.00856, 10);
        expect(binomialTail(2, 10, 0.5)).toBeCloseTo(1013 / 1024, 12);
        expect(binomialTail(1, 300, 0.01)).toBeCloseTo(1 - 0.99 ** 300, 12);
        expect(binomialTail(4, 4, 0.03)).toBeCloseTo(0.03 ** 4, 15);
    });
    test('edges: a <= 0 is certain, a > n impossible, p at 0 or 1', () => {
        expect(binomialTail(0, 5, 0.2)).toBe(1);
        expect(binomialTail(6, 5, 0.2)).toBe(0);
        expect(binomialTail(1, 0, 0.2)).toBe(0);
        expect(binomialTail(1, 5, 0)).toBe(0);
        expect(binomialTail(1, 5, 1)).toBe(1);
    });
    test('n in the hundreds: matches exact integer arithmetic to 1e-10 relative, including tiny tails', () => {
        for (const [a, n, num, den] of [
            [150, 300, 1n, 2n],
            [150, 300, 1n, 10n],
            [20, 400, 3n, 100n],
            [3, 800, 1n, 1000n]
        ]) {
            const exact = exactTail(a, n, num, den);
            const got = binomialTail(a, n, Number(num) / Number(den));
            expect(Math.abs(got - exact) / exact).toBeLessThan(1e-10);
        }
        expect(binomialTail(150, 300, 0.1)).toBeGreaterThan(0); // about 1e-68: no underflow to 0
    });
});
describe('baseRate (p0)', () => {
    const day = (d) => Date.UTC(2026, 0, 1) + d * DAY;
    test('a day counts when the window ending at its end holds a failure; days are clipped to [first_seen, now]', () => {
        // 10 days (day 0 .. day 9); a failure at day 2 10:00 with a 7 d window covers days 2..8,
        // one at day 3 12:00 covers days 3..9 (day 10 is after now): together days 2..9 = 8 of 10
        const r = baseRate([day(2 + 10 / 24), day(3.5)], day(10 / 24), day(9 + 10 / 24), 7 * DAY);
        expect(r).toEqual({ p0: 0.8, days: 10, daysWithFailureWindow: 8 });
    });
    test('a failure exactly at midnight counts for the day it starts', () => {
        expect(baseRate([day(5)], day(0), day(9), DAY).daysWithFailureWindow).toBe(1);
    });
    test('p0 is kept away from 0 and 1', () => {
        expect(baseRate([], day(0), day(9), DAY).p0).toBe(0.05);
        const daily = Array.from({ length: 10 }, (_, i) => day(i + 0.5));
        expect(baseRate(daily, day(0), day(9.9), DAY)).toEqual({ p0: 0.95, days: 10, daysWithFailureWindow: 10 });
    });
});
test('strength labels at their thresholds', () => {
    expect(strengthOf(3, 0.0099)).toBe('strong');
    expect(strengthOf(3, 0.01)).toBe('moderate');
    expect(strengthOf(2, 0.001)).toBe('moderate');
    expect(strengthOf(2, 0.05)).toBe('anecdotal');
    expect(strengthOf(1, 1e-9)).toBe('anecdotal');
});
describe('load-bearing detail, checked by hand', () => {
    // test first seen 2026-01-01; now = day 99.5 -> 100 daily trials; window 1 day.
    // It failed at day 9.5, 19.5 and 29.5: 3 days with a failure window, p0 = 0.03.
    // Incidents of `pay` at day 10, 20, 30 (preceded), 50 (not), and day -5 (before it existed).
    const T0 = '2026-01-01T00:00:00.000Z';
    const d = (n) => plusDays(T0, n);
    const h = new HistoryBuilder()
        .tag('t/p.py::charge', { component: 'pay' })
        .tag('t/p.py::refund', { component: 'pay' })
        .run('r0', d(0), { sha: 's0' }, { 't/p.py::charge': 'passed', 't/p.py::refund': 'passed' })
        .run('r1', d(9.5), { sha: 's1' }, { 't/p.py::charge': 'failed', 't/p.py::refund': 'passed' })
        .run('r2', d(19.5), { sha: 's2' }, { 't/p.py::charge': 'failed', 't/p.py::refund': 'passed' })
        .run('r2b', d(19.6), { sha: 's2' }, { 't/p.py::charge': 'passed', 't/p.py::refund': 'passed' })
        .run('r3', d(29.5), { sha: 's3' }, { 't/p.py::charge': 'error', 't/p.py::refund': 'failed' })
        .run('r4', d(99.5), { sha: 's4' }, { 't/p.py::charge': 'passed', 't/p.py::refund': 'passed' });
    const incidents = [10, 20, 30, 50, -5].map((n) => incident(`P${n}`, 'pay', d(n)));
    const f = analyze(h.build(), incidents, { now: new Date(d(99.5)), windowDays: 1 });
    test('a of n, p0, lift, p-value and strength', () => {
        const charge = f.load_bearing.find((l) => l.nodeid === 't/p.py::charge');
        expect(charge).toMatchObject({
            component: 'pay',
            incidents: ['P10', 'P20', 'P30'],
            a: 3,
            n: 4,
            days: 100,
            days_with_failure_window: 3,
            strength: 'strong',
            flaky: true, // passed and failed on s2, 79.9 days before now (within 90)
            flaky_failures: 1
        });
        expect(charge.p0).toBeCloseTo(0.03, 12);
        expect(charge.lift).toBeCloseTo(25, 9);
        // 4 * 0.03^3 * 0.97 + 0.03^4
        expect(charge.p_value).toBeCloseTo(0.00010557, 10);
        expect(charge.evidence.map((e) => e.failures.map((x) => [x.run, x.sha, x.flaky_sha]))).toEqual([
            [['r1', 's1', false]],
            [['r2', 's2', true]],
            [['r3', 's3', false]]
        ]);
    });
    test('one incident of four preceded is anecdotal', () => {
        const refund = f.load_bearing.find((l) => l.nodeid === 't/p.py::refund');
        expect(refund).toMatchObject({ a: 1, n: 4, days_with_failure_window: 1, strength: 'anecdotal' });
        expect(refund.p_value).toBeCloseTo(1 - 0.99 ** 4, 12);
        expect(f.load_bearing_tests).toEqual(['t/p.py::charge', 't/p.py::refund']);
    });
});
