// What a person is told when their sound input cannot be opened. Pure: it reads the error's name only.

export type InputProblem = 'denied' | 'no-device' | 'in-use' | 'other';

export interface InputFailure {
  problem: InputProblem;
  /** A sentence for the person, saying what to do. */
  message: string;
}

const MESSAGES: Record<Exclude<InputProblem, 'other'>, string> = {
  denied:
    'Your browser blocked the microphone. Allow it for this site (the icon by the address), then try again.',
  'no-device': 'No microphone was found, or the one chosen is gone. Plug one in or choose another input.',
  'in-use':
    'The microphone is busy or could not start. Close other apps using it (calls, recorders), then try again.',
};

/** Maps a getUserMedia failure (a DOMException, or anything thrown) to what a person is told. */
export function inputFailure(error: unknown): InputFailure {
  const name = error instanceof Error || isNamed(error) ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return { problem: 'denied', message: MESSAGES.denied };
    case 'NotFoundError':
    case 'OverconstrainedError':
    case 'DevicesNotFoundError':
      return { problem: 'no-device', message: MESSAGES['no-device'] };
    case 'NotReadableError':
    case 'AbortError':
    case 'TrackStartError':
      return { problem: 'in-use', message: MESSAGES['in-use'] };
    default: {
      const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
      return {
        problem: 'other',
        message: `The microphone could not be opened${detail}. Try again, or reload.`,
      };
    }
  }
}

function isNamed(error: unknown): error is { name: string } {
  return (
    typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string'
  );
}
