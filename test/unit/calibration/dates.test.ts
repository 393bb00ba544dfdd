/** Quarters and steps: the calendar of a scenario (step 0 at its start, stepsPerYear steps a year). */
import { describe, expect, it } from 'vitest';
import { isQuarter, parseQuarter, quarterOfStep, stepOfQuarter, yearOfStep } from '../../../src/calibration/dates.js';

const eu = { start: { year: 2005, quarter: 1 }, stepsPerYear: 4 };

describe('dates', () => {
  it('count quarters from the start of a quarterly scenario', () => {
    expect(stepOfQuarter('2005Q1', eu)).toBe(0);
    // June 2008 (Moldova, Cape Verde) is 2008 Q2: 3 years and 1 quarter after 2005 Q1
    expect(stepOfQuarter('2008Q2', eu)).toBe(13);
    expect(stepOfQuarter('2020Q4', eu)).toBe(63);
    expect(stepOfQuarter('2004Q4', eu)).toBe(-1);
  });

  it('invert each other', () => {
    for (let s = 0; s < 80; s++) expect(stepOfQuarter(quarterOfStep(s, eu), eu)).toBe(s);
    expect(quarterOfStep(27, eu)).toBe('2011Q4');
    expect(yearOfStep(6, eu)).toBe(2006.5);
  });

  it('follow other starts and step lengths', () => {
    const late = { start: { year: 2002, quarter: 3 }, stepsPerYear: 4 };
    expect(stepOfQuarter('2003Q1', late)).toBe(2);
    const monthly = { start: { year: 2010, quarter: 1 }, stepsPerYear: 12 };
    expect(stepOfQuarter('2010Q2', monthly)).toBe(3);
    expect(quarterOfStep(5, monthly)).toBe('2010Q2');
    const yearly = { start: { year: 2000, quarter: 1 }, stepsPerYear: 1 };
    expect(stepOfQuarter('2003Q3', yearly)).toBe(3);
  });

  it('parse only YYYYQn', () => {
    expect(parseQuarter('2011Q4')).toEqual({ year: 2011, quarter: 4 });
    expect(isQuarter('2011Q5')).toBe(false);
    expect(isQuarter('2011-10')).toBe(false);
    expect(() => parseQuarter('Q4 2011')).toThrow(/2008Q2/);
  });
});
