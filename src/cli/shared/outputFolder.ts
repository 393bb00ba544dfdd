/** The check every command that writes an output folder makes before it runs anything. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../../scenario/errors.js';

/** Checks that `folder` can be an output folder: not an existing file, under folders. */
export function checkOutputFolder(folder: string, label: string): void {
  if (existsSync(folder) && !statSync(folder).isDirectory()) throw new InputError(`${label}: ${folder} is an existing file`);
  let parent = path.dirname(path.resolve(folder));
  while (!existsSync(parent) && path.dirname(parent) !== parent) parent = path.dirname(parent);
  if (existsSync(parent) && !statSync(parent).isDirectory()) throw new InputError(`${label}: ${parent} is a file, not a folder`);
}
