// As root, the embedded PostgreSQL runs as the system user "postgres", who must be able to enter every folder
// on the way to its programs (inside node_modules) and to its data. A clone in a private folder (/root is
// 0700) would otherwise fail deep inside the database library with an unhandled `spawn … EACCES`.
import { statSync, type Stats } from 'node:fs';
import path from 'node:path';

type Stat = (folder: string) => Pick<Stats, 'mode' | 'isDirectory'>;

/** The first folder on the way to `target` (itself included, if it exists) that other users cannot enter. */
export function firstClosedFolder(target: string, stat: Stat = statSync): string | null {
  const resolved = path.resolve(target);
  const folders: string[] = [];
  for (let folder = resolved; ; folder = path.dirname(folder)) {
    folders.unshift(folder);
    if (path.dirname(folder) === folder) break;
  }
  for (const folder of folders) {
    let info: Pick<Stats, 'mode' | 'isDirectory'>;
    try {
      info = stat(folder);
    } catch {
      return null; // not made yet: it will be made (by us, open enough) from here down
    }
    if (info.isDirectory() && (info.mode & 0o001) === 0) return folder;
  }
  return null;
}
