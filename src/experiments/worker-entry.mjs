// Worker entry when partnersim runs from its TypeScript sources (tests, tsx): tsx's
// loader does not reach worker threads on Node 20, so the worker registers it itself.
import { register } from 'tsx/esm/api';

register();
const task = await import('./worker.ts');
export default task.default;
