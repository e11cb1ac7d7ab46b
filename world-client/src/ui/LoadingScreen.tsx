/** A full-screen loading view with a real progress bar (0..1) and what is being done. */
export function LoadingScreen({ label, progress }: { label: string; progress: number }) {
  const percent = Math.round(progress * 100);
  return (
    <div className="screen loading" role="status" aria-live="polite">
      <h1 className="brand">ProStudio</h1>
      <div
        className="progress"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={label}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p data-testid="loading-label">
        {label}… {percent}%
      </p>
    </div>
  );
}
