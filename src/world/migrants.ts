/**
 * The migrant table: many small agents stored as struct-of-arrays on typed arrays
 * (12 to 16 bytes a migrant). A migrant is its index.
 */

/** Flag bits of a migrant's engagement. */
export const MigrantFlag = {
  /** engaged as a development partner by a diaspora programme */
  diaspora: 1,
  /** enrolled in a trusted-traveller programme */
  trusted: 2,
  /** an irregular stay, an apprehension (or detection on a route) or a refusal of entry on its own record; it stays for life */
  record: 4,
  /** abroad on a temporary work scheme, with return built in */
  temporary: 8,
} as const;

/** The flags a migrant loses when it comes home: the programmes it was in, not its record. */
export const PROGRAMME_FLAGS = MigrantFlag.diaspora | MigrantFlag.trusted | MigrantFlag.temporary;

export interface MigrantTable {
  readonly size: number;
  /** index of the state of origin */
  readonly origin: Uint16Array;
  /** index of the state where the migrant is now */
  readonly location: Uint16Array;
  /** MigrantStatusCode */
  readonly status: Uint8Array;
  /** index of the chosen route among the origin's routes (irregular migrants) */
  readonly route: Uint8Array;
  /** position on the route: 0..via.length-1 a transit state, via.length the destination border */
  readonly leg: Uint8Array;
  /** MigrantFlag bits */
  readonly flags: Uint8Array;
  /** resources in [0, 1]: what the migrant can pay for a journey */
  readonly resources: Float32Array;
  /** ties to the diaspora in [0, 1]: how much it hears from migrants abroad */
  readonly network: Float32Array;
}

/**
 * Bytes a migrant takes in the table: origin and location (2 each), status, route, leg
 * and flags (1 each), resources and network (4 each). createMigrantTable allocates
 * exactly size × this; the tests check it against the arrays' byteLength.
 */
export const MIGRANT_BYTES =
  2 * Uint16Array.BYTES_PER_ELEMENT + 4 * Uint8Array.BYTES_PER_ELEMENT + 2 * Float32Array.BYTES_PER_ELEMENT;

export function createMigrantTable(size: number): MigrantTable {
  return {
    size,
    origin: new Uint16Array(size),
    location: new Uint16Array(size),
    status: new Uint8Array(size),
    route: new Uint8Array(size),
    leg: new Uint8Array(size),
    flags: new Uint8Array(size),
    resources: new Float32Array(size),
    network: new Float32Array(size),
  };
}
