import type { StudioTabProps } from '../tab-props.ts';

// Being built: replaced by the tab's own page.
export function SalesTab(_props: StudioTabProps) {
  return <h1>Sales</h1>;
}
