/** What each studio tab is given: `rest` is the tab's own path below it (a course's id, say). */
export interface StudioTabProps {
  readonly rest: readonly string[];
}
