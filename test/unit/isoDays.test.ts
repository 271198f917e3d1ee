import assert from 'node:assert/strict';
import { dayNumber, lastDayNumber } from '../../src/core/text/isoDays';

describe('ISO dates as day numbers', () => {
  it('counts a partial date as its last day, leap years included', () => {
    assert.equal(lastDayNumber('2024-02'), dayNumber('2024-02-29'));
    assert.equal(lastDayNumber('2026'), dayNumber('2026-12-31'));
    assert.equal(lastDayNumber('1970-01-01'), 0);
    assert.equal((dayNumber('2026-03-01') as number) - (dayNumber('2026-02-28') as number), 1);
  });

  it('refuses what is not an ISO date, and a partial date where a full one is needed', () => {
    assert.equal(lastDayNumber('February 2029'), undefined);
    assert.equal(lastDayNumber('26/12/2023'), undefined);
    assert.equal(dayNumber('2026-01'), undefined);
  });
});
