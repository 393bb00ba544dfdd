/**
 * Calendar dates of a scenario's steps. Targets name dates as quarters (`'2008Q2'`);
 * a scenario starts at `start` (year and quarter of step 0) and runs `stepsPerYear`
 * steps a year. Step s covers the time [start + s/stepsPerYear, start + (s+1)/stepsPerYear)
 * in years, with a quarter q of year y starting at y + (q−1)/4.
 *
 * @example
 * const calendar = { start: { year: 2005, quarter: 1 }, stepsPerYear: 4 };
 * stepOfQuarter(parseQuarter('2008Q2'), calendar); // 13
 * quarterOfStep(13, calendar); // '2008Q2'
 */

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export interface Calendar {
  start: { year: number; quarter: number };
  stepsPerYear: number;
}

const QUARTER = /^(\d{4})Q([1-4])$/;

/** True when the text is a quarter such as `2008Q2`. */
export function isQuarter(text: string): boolean {
  return QUARTER.test(text);
}

/** Parses `YYYYQn`; throws an Error (not an InputError: callers name the field) otherwise. */
export function parseQuarter(text: string): Quarter {
  const m = QUARTER.exec(text);
  if (!m) throw new Error(`expected a quarter such as 2008Q2, got "${text}"`);
  return { year: Number(m[1]), quarter: Number(m[2]) as Quarter['quarter'] };
}

export function formatQuarter(q: Quarter): string {
  return `${q.year}Q${q.quarter}`;
}

function startYears(calendar: Calendar): number {
  return calendar.start.year + (calendar.start.quarter - 1) / 4;
}

/**
 * The step during which a quarter begins (the first step whose span contains the
 * quarter's first day); negative before the scenario's start. With quarterly steps this
 * is the number of quarters since the start.
 */
export function stepOfQuarter(q: Quarter | string, calendar: Calendar): number {
  const quarter = typeof q === 'string' ? parseQuarter(q) : q;
  const years = quarter.year + (quarter.quarter - 1) / 4 - startYears(calendar);
  // quarters are exact multiples of 1/4: round before flooring to absorb binary error
  return Math.floor(Math.round(years * calendar.stepsPerYear * 1e9) / 1e9);
}

/** The quarter in which a step begins. */
export function quarterOfStep(step: number, calendar: Calendar): string {
  const quarters = Math.floor(Math.round(((startYears(calendar) + step / calendar.stepsPerYear) * 4) * 1e9) / 1e9);
  return formatQuarter({ year: Math.floor(quarters / 4), quarter: ((quarters % 4) + 1) as Quarter['quarter'] });
}

/** A step as a decimal year (2005 Q1 is 2005.0, step 1 of a quarterly scenario 2005.25). */
export function yearOfStep(step: number, calendar: Calendar): number {
  return startYears(calendar) + step / calendar.stepsPerYear;
}

/** How many steps a number of quarters spans (tolerances are given in quarters). */
export function stepsOfQuarters(quarters: number, calendar: Calendar): number {
  return (quarters * calendar.stepsPerYear) / 4;
}
