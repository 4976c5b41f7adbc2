/**
 * The Python exception marshal raises, shared by the reader and its text helpers so neither
 * module imports the other's internals.
 */
export type MarshalErrorType = 'ValueError' | 'EOFError' | 'TypeError' | 'SystemError' | 'UnicodeDecodeError';

/** A Python exception raised by (un)marshalling: `pythonType` is its class name. */
export class MarshalError extends Error {
  constructor(readonly pythonType: MarshalErrorType, message: string) {
    super(message);
    this.name = 'MarshalError';
  }
}
