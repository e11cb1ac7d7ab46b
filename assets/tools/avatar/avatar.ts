// Assembles one avatar from its description: the rig, the skinned body and face meshes sharing one vertex-coloured
// material, and everything the VRM extension needs to describe them.

import { Matrix4, MeshStandardMaterial, Scene, SkinnedMesh } from 'three';

import type { AvatarSpec } from './avatars.ts';
import { buildBody } from './body.ts';
import { buildFace, EXPRESSIONS } from './face.ts';
import { buildHead } from './head.ts';
import { MeshBuilder, palette } from './mesh-builder.ts';
import { proportions } from './proportions.ts';
import { buildRig } from './skeleton.ts';
import { sub } from './vec.ts';
import type { VrmDescription, VrmMeta } from './vrm-extension.ts';

export interface BuiltAvatar {
  scene: Scene;
  vrm: VrmDescription;
  triangles: { body: number; face: number; total: number };
}

export const AVATAR_LICENCE = {
  licenseUrl: 'https://vrm.dev/licenses/1.0/',
  otherLicenseUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
};

function meta(spec: AvatarSpec): VrmMeta {
  return {
    name: spec.name,
    version: '1.0',
    authors: ['ProStudio'],
    copyrightInformation: 'Made by ProStudio; dedicated to the public domain (CC0 1.0).',
    ...AVATAR_LICENCE,
    avatarPermission: 'everyone',
    allowExcessivelyViolentUsage: false,
    allowExcessivelySexualUsage: false,
    commercialUsage: 'corporation',
    allowPoliticalOrReligiousUsage: false,
    allowAntisocialOrHateUsage: false,
    creditNotation: 'unnecessary',
    allowRedistribution: true,
    modification: 'allowModificationRedistribution',
  };
}

export function buildAvatar(spec: AvatarSpec): BuiltAvatar {
  const p = proportions(spec.build);
  const colours = palette(spec.colours);
  const rig = buildRig(p.joints);

  const material = new MeshStandardMaterial({ vertexColors: true, roughness: 0.85, metalness: 0 });
  material.name = 'Avatar';

  const bodyBuilder = new MeshBuilder(rig.index);
  buildBody(bodyBuilder, p, colours, spec.sleeves);
  buildHead(bodyBuilder, p, colours, spec.hair);
  const body = new SkinnedMesh(bodyBuilder.toGeometry(), material);
  body.name = 'Body';

  const faceMesh = buildFace(p, colours, rig.index);
  const face = new SkinnedMesh(faceMesh.geometry, material);
  face.name = 'Face';
  face.updateMorphTargets();

  const scene = new Scene();
  scene.name = spec.name;
  scene.add(rig.root, body, face);
  scene.updateMatrixWorld(true);
  body.bind(rig.skeleton, new Matrix4());
  face.bind(rig.skeleton, new Matrix4());

  const eyes = p.joints.leftEye;
  return {
    scene,
    vrm: {
      meta: meta(spec),
      bones: rig.bones,
      expressions: EXPRESSIONS.map((e, morphIndex) => ({ ...e, mesh: face, morphIndex })),
      lookAtOffset: sub([0, eyes[1], eyes[2]], p.joints.head),
      firstPerson: [
        { mesh: body, type: 'auto' },
        { mesh: face, type: 'thirdPersonOnly' },
      ],
    },
    triangles: {
      body: bodyBuilder.triangleCount,
      face: faceMesh.triangles,
      total: bodyBuilder.triangleCount + faceMesh.triangles,
    },
  };
}
