/** The side effects of the CLI (output, working folder, environment), injected so that tests spawn nothing. */
export interface CliIo {
  /** Writes text to standard output (the text carries its own line endings). */
  stdout: (text: string) => void;
  /** Writes text to standard error. */
  stderr: (text: string) => void;
  /** Folder that relative paths are resolved against (default: `process.cwd()`). */
  cwd?: string;
  /** Environment variables (default: `process.env`); `PARTNERSIM_DEBUG=1` shows stacks. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The process's own standard streams, folder and environment. */
export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};
