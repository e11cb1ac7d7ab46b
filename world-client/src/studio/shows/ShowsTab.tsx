import type { StudioTabProps } from '../tab-props.ts';

// Being built: replaced by the tab's own page.
export function ShowsTab(_props: StudioTabProps) {
  return <h1>Shows</h1>;
}
