/** Whether a key press belongs to a text field (so it types, rather than walking or reacting). */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** Whether a key press is a shortcut of ours: not typing, and no modifier (those are the browser's). */
export function isShortcut(event: KeyboardEvent): boolean {
  return !isTyping(event.target) && !event.metaKey && !event.ctrlKey && !event.altKey;
}
