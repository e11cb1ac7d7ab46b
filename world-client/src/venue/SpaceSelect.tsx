import type { DeskSpace } from '@prostudio/backend/contract';
import { useId } from 'react';
import { fieldError } from '../studio/field-errors.ts';

/**
 * Where an approved request goes: the space asked for (first) or another of its kind. The API's refusal of
 * the choice ("body.space: …") shows under it.
 */
export function SpaceSelect({
  label,
  asked,
  spaces,
  error,
  value,
  onChange,
}: {
  label: string;
  asked: { readonly slug: string; readonly name: string };
  spaces: readonly DeskSpace[];
  /** The card's last error, shown here when it is about the space. */
  error: string | null;
  value?: string;
  onChange?: (slug: string) => void;
}) {
  const id = useId();
  const others = spaces.filter((space) => space.slug !== asked.slug);
  const problem = error ? fieldError(error) : null;
  const message = problem?.field === 'space' ? problem.message : undefined;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name="space"
        defaultValue={value === undefined ? asked.slug : undefined}
        value={value}
        onChange={onChange && ((event) => onChange(event.target.value))}
        aria-invalid={Boolean(message)}
        aria-describedby={message ? `${id}-error` : undefined}
      >
        <option value={asked.slug}>{asked.name} (asked for)</option>
        {others.map((space) => (
          <option key={space.slug} value={space.slug}>
            {space.name}
          </option>
        ))}
      </select>
      {message && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {message}
        </span>
      )}
    </>
  );
}
