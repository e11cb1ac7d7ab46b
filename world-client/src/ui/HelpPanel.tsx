import { KEY_BINDINGS } from '../movement/keys.ts';

/** The keyboard and mouse controls. */
export function HelpPanel({ onClose }: { onClose: () => void }) {
  return (
    <section className="panel help" role="dialog" aria-labelledby="help-title">
      <h2 id="help-title">Controls</h2>
      <dl>
        {KEY_BINDINGS.map((binding) => (
          <div key={binding.action}>
            <dt>
              {binding.keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{binding.action}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
