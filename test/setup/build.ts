/**
 * Builds dist/ (the CLI and the explorer's page) once before the tests, so that the tests that spawn the built CLI test
 * what users run. Skipped when PARTNERSIM_SKIP_BUILD=1 (the build is already fresh).
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.PARTNERSIM_SKIP_BUILD === '1') return;
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}
