import { describe, expect, it } from '@jest/globals';
import { isFailure } from '../src/report/types.js';
describe('smoke', () => { it('works', () => { expect(isFailure('rerun')).toBe(true); }); });
