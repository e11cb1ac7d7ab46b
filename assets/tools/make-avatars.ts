// Regenerates the default avatars people choose from at entry: node assets/tools/make-avatars.ts
// Writes assets/avatars/<id>.vrm (VRM 1.0) and assets/avatars/catalogue.json. Output is deterministic: the avatars
// are modelled procedurally (no randomness), so running this again reproduces the same files byte for byte.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildAvatar } from './avatar/avatar.ts';
import { AVATARS } from './avatar/avatars.ts';
import { exportVrm } from './avatar/export-vrm.ts';

const outDir = join(import.meta.dirname, '..', 'avatars');
mkdirSync(outDir, { recursive: true });

const catalogue = [];
for (const spec of AVATARS) {
  const avatar = buildAvatar(spec);
  const vrm = await exportVrm(avatar);
  const file = `${spec.id}.vrm`;
  writeFileSync(join(outDir, file), vrm);
  console.log(
    `${file.padEnd(10)} ${String(avatar.triangles.total).padStart(5)} triangles ` +
      `(body ${avatar.triangles.body}, face ${avatar.triangles.face})  ${(vrm.length / 1024).toFixed(1)} kB`,
  );
  catalogue.push({
    id: spec.id,
    name: spec.name,
    file,
    description: spec.description,
    height: spec.build.height,
    hair: spec.hair,
    sleeves: spec.sleeves,
    colours: spec.colours,
    triangles: avatar.triangles.total,
  });
}

writeFileSync(join(outDir, 'catalogue.json'), `${JSON.stringify(catalogue, null, 2)}\n`);
console.log(`catalogue.json: ${catalogue.length} avatars`);
