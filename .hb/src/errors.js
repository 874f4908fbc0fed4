/**
 * A problem the user can fix (a bad input, a missing file, a malformed report). The action and the
 * CLI print its message as it is, without a stack trace; anything else is a bug and keeps its stack.
 */
export class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
export const isInputError = (e) => e instanceof InputError;
