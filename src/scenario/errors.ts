/**
 * Errors caused by the user's input: a file, a field, a command-line option. The CLI
 * prints their message as one line and exits with code 2, never a stack trace.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(message: string) {
    super(message);
  }
}

/** Renders a field path the way a reader writes it: `states[3].capacity`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}
