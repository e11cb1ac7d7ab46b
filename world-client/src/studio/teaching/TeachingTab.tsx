import type { StudioTabProps } from '../tab-props.ts';

// Being built: replaced by the tab's own page.
export function TeachingTab(_props: StudioTabProps) {
  return <h1>Teaching</h1>;
}
