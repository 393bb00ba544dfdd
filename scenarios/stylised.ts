/**
 * A stylised, generated world: one destination courting N origin and transit
 * states, with regional forums and expert organisations. No state is named and
 * none is calibrated to a country. The scenario exists to explore the model's
 * mechanisms (which technologies drive responsibilisation, how fast, at what cost)
 * away from the particulars of the EU and North American cases.
 *
 * N is a parameter: `generate.states` (60 here). Edit it in a copy of this file,
 * or sweep over it with the schema's sweep section (it must take integer values:
 * with evenly spaced levels, 20..200 in 4 levels gives 20, 80, 140, 200):
 *
 *   sweep: { parameters: [{ path: 'generate.states', min: 20, max: 200, levels: 4 }] }
 *
 * Heterogeneity: the generator (src/world/stylised.ts) draws every state's
 * attributes (capacity, willingness, trust, sovereignty sensitivity, adoption cost,
 * aid dependence, cost of no agreement, data quality, political bias, emigration
 * potential, diaspora share) uniformly within `generate.spread` of fixed means,
 * gives `generate.transitShare` of the states a transit role as well, places states
 * in `generate.forums` regional forums served by `generate.experts` expert
 * organisations, and builds each state's routes (direct, and through a transit
 * state) — all from the run's seed. Two runs with the same seed see the same
 * world; different seeds give different worlds, so compare policies over several
 * seeds.
 *
 * Time scale: quarterly steps; the calendar start is nominal (a generated world has
 * no history). The generated destination (id 'DST') uses the schema's default
 * destination attributes (src/scenario/entities.ts, destinationSchema); model
 * parameters (`params`) stay at their documented defaults. Every value here is an
 * assumption.
 */
import { defineScenario } from '../src/scenario/define.js';

export default defineScenario({
  name: 'stylised',
  description:
    'A generated world of N = 60 origin and transit states (a parameter: generate.states) around one destination; heterogeneity is drawn from the run seed.',
  stepsPerYear: 4,
  steps: 64,
  generate: {
    states: 60, // N: number of origin and transit states
    transitShare: 0.3, // share of them that are also transit states
    forums: 3, // regional forums
    experts: 2, // expert organisations
    spread: 0.25, // half-width of the uniform spread of state attributes around their means
    destination: {}, // the destination's attributes: schema defaults
  },
});
