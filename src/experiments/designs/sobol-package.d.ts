/**
 * Types of the npm package `sobol` (1.1.4), which ships none. It is CommonJS:
 * `exports.SobolSequenceGenerator = …` with `__esModule` set; import it by name.
 */
declare module 'sobol' {
  export class SobolSequenceGenerator {
    /** dimension from 1 to 21201 (Joe–Kuo direction numbers, new-joe-kuo-6.21201) */
    constructor(dimension: number);
    /** the next point of the sequence; the first call returns the origin */
    nextVector(): number[];
  }
}
