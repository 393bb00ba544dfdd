/** Wraps every command's handler so that only the user's errors keep their own exit code. */
import { InputError } from '../../scenario/errors.js';
import { CommandFailure, ExitWith } from './errors.js';

/**
 * Runs a command handler; any error that is not the user's (an InputError) becomes a
 * CommandFailure naming the command.
 */
export async function guard(command: string, action: () => Promise<void> | void): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (error instanceof InputError || error instanceof CommandFailure || error instanceof ExitWith) throw error;
    throw new CommandFailure(command, error);
  }
}
