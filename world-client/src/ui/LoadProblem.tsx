/** What could not be loaded, said where it would have been, with a way to ask again. */
export function LoadProblem({ message, retry }: { message: string; retry: () => void }) {
  return (
    <p className="error" role="alert">
      {message}{' '}
      <button type="button" className="secondary" onClick={retry}>
        Try again
      </button>
    </p>
  );
}
