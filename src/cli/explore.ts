/**
 * `partnersim explore`: the interactive explorer. Loads and validates the scenario here
 * (TypeScript scenarios cannot run in a browser), hands it to the page as JSON, and
 * either serves the page on 127.0.0.1 until interrupted or, with `--build DIR`, writes
 * it as static files that run offline from the folder.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Argv } from 'yargs';
import { pageDataOf } from '../explorer/page.js';
import { explorerFiles, startExplorerServer, writeExplorerFiles, type ExplorerServer } from '../explorer/server.js';
import { InputError } from '../scenario/errors.js';
import { loadScenario } from '../scenario/load.js';
import { DEFAULT_SCENARIO } from '../scenario/loader.js';
import { checkOutputFolder } from './shared/outputFolder.js';
import { guard } from './shared/guard.js';
import type { CliIo } from './shared/io.js';
import { integerOption, policyOption, textOption, VARIANT_OPTION, variantOption } from './shared/options.js';
import type { Variant } from '../domain/vocabulary.js';
import { POLICY_NAMES, isPolicyName } from '../scenario/policies.js';

export interface ExploreOptions {
  scenario: string;
  policy: string;
  seed: number;
  steps?: number;
  migrants?: number;
  /** the model variant, overriding the scenario's */
  variant?: Variant;
  port: number;
  build?: string;
  /** open the address in the system's browser */
  open: boolean;
  cwd: string;
}

/** Maps yargs' arguments to validated options; loads nothing. */
export function toExploreOptions(args: Record<string, unknown>, cwd: string): ExploreOptions {
  const policy = policyOption(args.policy ?? 'partnership');
  // The page runs in the browser with the built-in policies only.
  if (!isPolicyName(policy)) throw new InputError(`--policy: unknown policy ${JSON.stringify(policy)} (the explorer runs the built-in policies: ${POLICY_NAMES.join(', ')})`);
  const port = integerOption('port', args.port ?? 8470, 0);
  if (port > 65535) throw new InputError(`--port: expected a port number up to 65535, got ${port}`);
  return {
    scenario: textOption('scenario', args.scenario) ?? DEFAULT_SCENARIO,
    policy,
    seed: integerOption('seed', args.seed ?? 1, 0),
    steps: args.steps === undefined ? undefined : integerOption('steps', args.steps, 1),
    migrants: args.migrants === undefined ? undefined : integerOption('migrants', args.migrants, 0),
    variant: variantOption(args.variant),
    port,
    build: textOption('build', args.build),
    open: args.open === true,
    cwd,
  };
}

/** The page's files for these options. */
export async function explorerFilesFor(options: ExploreOptions) {
  const loaded = await loadScenario(options.scenario, { steps: options.steps, migrants: options.migrants, variant: options.variant });
  return explorerFiles(pageDataOf(loaded, { policy: options.policy, seed: options.seed }));
}

/** `--build DIR`: writes the page; returns the line to print. */
export async function buildExplorer(options: ExploreOptions & { build: string }): Promise<string> {
  const dir = path.resolve(options.cwd, options.build);
  checkOutputFolder(dir, '--build');
  const files = await explorerFilesFor(options);
  const written = await writeExplorerFiles(files, dir);
  return `wrote ${options.build}${path.sep}: ${written.join(', ')}; open ${path.join(options.build, 'index.html')} in a browser (no server needed)`;
}

/** Starts the server; the caller closes it. */
export async function serveExplorer(options: ExploreOptions): Promise<ExplorerServer> {
  return startExplorerServer(await explorerFilesFor(options), { port: options.port });
}

/** Opens `url` with the system's opener, where there is one; says so when there is none. */
function openInBrowser(url: string, io: CliIo): void {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => io.stderr(`partnersim: no browser to open here (${opener} failed): open ${url} yourself\n`));
  child.unref();
}

/** Registers `explore` on the CLI. */
export function registerExplore(cli: Argv, io: CliIo, signals: NodeJS.EventEmitter = process): Argv {
  return cli.command(
    'explore [scenario]',
    'watch runs in the browser, A and B side by side on the same seed, with controls for every lever',
    (y) =>
      y
        .positional('scenario', { describe: 'a .ts or .json scenario file, or the name of a bundled scenario', type: 'string', default: DEFAULT_SCENARIO })
        .option('policy', { alias: 'p', describe: 'the policy both sides start from', type: 'string', default: 'partnership', requiresArg: true })
        .option('seed', { alias: 's', describe: 'the seed both sides start from', default: 1, requiresArg: true })
        .option('steps', { describe: "number of steps (overrides the scenario's)", requiresArg: true })
        .option('migrants', { describe: "number of migrant agents (overrides the scenario's)", requiresArg: true })
        .option('variant', VARIANT_OPTION)
        .option('port', { describe: 'port on 127.0.0.1 (0: any free port)', default: 8470, requiresArg: true })
        .option('build', { describe: 'write the page to this folder as static files instead of serving it', type: 'string', requiresArg: true })
        .option('open', { describe: "open the address in the system's browser", type: 'boolean', default: false })
        .example('$0 explore', `explore ${DEFAULT_SCENARIO} at http://127.0.0.1:8470/`)
        .example('$0 explore stylised --migrants 5000 --port 0', 'a smaller run on any free port')
        .example('$0 explore --build explorer-page', 'write the page to a folder that opens offline'),
    (args) =>
      guard('explore', async () => {
        const options = toExploreOptions(args as Record<string, unknown>, io.cwd ?? process.cwd());
        if (options.build !== undefined) {
          io.stdout((await buildExplorer({ ...options, build: options.build })) + '\n');
          return;
        }
        const server = await serveExplorer(options);
        io.stdout(`partnersim explore: ${server.url} (serving on 127.0.0.1 only; Ctrl-C to stop)\n`);
        if (options.open) openInBrowser(server.url, io);
        await new Promise<void>((resolve) => {
          const stop = () => {
            signals.off('SIGINT', stop);
            signals.off('SIGTERM', stop);
            void server.close().then(resolve);
          };
          signals.on('SIGINT', stop);
          signals.on('SIGTERM', stop);
        });
      }),
  );
}
