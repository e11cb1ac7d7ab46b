/**
 * A page's row of tabs (the studio's, the venue desk's): links that move without reloading, that open in a
 * new tab with a modifier as links do, and that mark the tab on show for screen readers.
 */
export function PageTabs<Tab extends string>({
  label,
  tabs,
  current,
  href,
  name,
  go,
}: {
  /** What the row is, for screen readers ("Studio"). */
  label: string;
  tabs: readonly Tab[];
  current: Tab;
  href: (tab: Tab) => string;
  name: (tab: Tab) => string;
  go: (tab: Tab) => void;
}) {
  return (
    <nav className="page-tabs" aria-label={label}>
      {tabs.map((tab) => (
        <a
          key={tab}
          href={href(tab)}
          aria-current={tab === current ? 'page' : undefined}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            go(tab);
          }}
        >
          {name(tab)}
        </a>
      ))}
    </nav>
  );
}
