/**
 * Vega's loader, closed: partnersim's charts carry their data inline, so any attempt to
 * load a URL or a file (http, https, file, relative paths) is refused. Nothing is
 * ever fetched while a chart renders.
 *
 * @example
 * new View(parse(vegaSpec), { renderer: 'none', loader: closedLoader() });
 */
import { loader as vegaLoader, type Loader } from 'vega';

export class RemoteLoadRefused extends Error {
  override readonly name = 'RemoteLoadRefused';
  constructor(readonly uri: string) {
    super(`charts load nothing from outside their spec: refused "${uri}" (inline the data instead)`);
  }
}

/** A loader that refused something, and what. */
export type ClosedLoader = Loader & { refused: string[] };

/**
 * A Vega loader that refuses every load, sanitise, HTTP and file request, and keeps
 * what it refused (Vega logs a failed data load and goes on: the renderer checks).
 */
export function closedLoader(): ClosedLoader {
  const base = vegaLoader() as Loader & Record<string, unknown>;
  const refused: string[] = [];
  const refuse = async (uri: string): Promise<never> => {
    refused.push(String(uri));
    throw new RemoteLoadRefused(String(uri));
  };
  base.load = refuse;
  base.sanitize = refuse;
  base.http = refuse;
  base.file = refuse;
  return Object.assign(base, { refused });
}
