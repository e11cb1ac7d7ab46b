import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type Mesh, Quaternion, type SkinnedMesh, Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';

import { buildAvatar } from './avatar.ts';
import { AVATARS } from './avatars.ts';
import { exportVrm } from './export-vrm.ts';
import { EXPRESSIONS } from './face.ts';
import { findMesh, type LoadedVrm, loadVrm, skinnedPositions } from './load-vrm.ts';
import { HUMAN_BONES, type HumanBoneName } from './skeleton.ts';

const avatarsDir = join(import.meta.dirname, '..', '..', 'avatars');

/** The most a default avatar may cost a standalone headset to draw. */
const TRIANGLE_BUDGET = 6000;

const worldPosition = (vrm: LoadedVrm, bone: HumanBoneName): Vector3 => {
  const node = vrm.humanoid.getRawBoneNode(bone);
  if (node === null) throw new Error(`no ${bone}`);
  node.updateWorldMatrix(true, false);
  return node.getWorldPosition(new Vector3());
};

/** Vertices whose strongest skin influence is `bone`. */
function verticesOf(mesh: SkinnedMesh, bone: HumanBoneName): number[] {
  const joints = mesh.geometry.getAttribute('skinIndex');
  const weights = mesh.geometry.getAttribute('skinWeight');
  const target = mesh.skeleton.bones.findIndex((b) => b.name === bone);
  const out: number[] = [];
  for (let i = 0; i < joints.count; i++) {
    let best = 0;
    for (let k = 1; k < 4; k++) if (weights.getComponent(i, k) > weights.getComponent(i, best)) best = k;
    if (joints.getComponent(i, best) === target) out.push(i);
  }
  return out;
}

const centroid = (points: Vector3[], indices: number[]): Vector3 =>
  indices.reduce((sum, i) => sum.add(points[i]), new Vector3()).divideScalar(indices.length);

function triangles(vrm: LoadedVrm): number {
  let count = 0;
  vrm.scene.traverse((object) => {
    const mesh = object as Mesh;
    if (mesh.isMesh)
      count += (mesh.geometry.index?.count ?? mesh.geometry.getAttribute('position').count) / 3;
  });
  return count;
}

describe('catalogue.json', () => {
  it('lists every avatar with its file and colours', () => {
    const catalogue = JSON.parse(readFileSync(join(avatarsDir, 'catalogue.json'), 'utf8')) as {
      id: string;
      name: string;
      file: string;
      colours: Record<string, string>;
    }[];
    expect(catalogue.map((entry) => entry.id)).toEqual(AVATARS.map((a) => a.id));
    for (const [i, entry] of catalogue.entries()) {
      expect(entry.file).toBe(`${entry.id}.vrm`);
      expect(entry.name).toBe(AVATARS[i].name);
      expect(entry.colours).toEqual(AVATARS[i].colours);
    }
  });
});

describe.each(AVATARS.map((spec) => [spec.name, spec] as const))('%s', (_name, spec) => {
  const bytes = readFileSync(join(avatarsDir, `${spec.id}.vrm`));
  let vrm: LoadedVrm;
  let body: SkinnedMesh;
  let face: SkinnedMesh;

  beforeAll(async () => {
    vrm = await loadVrm(bytes);
    body = findMesh(vrm, 'Body');
    face = findMesh(vrm, 'Face');
    vrm.scene.updateMatrixWorld(true);
  });

  it('is up to date: the builder reproduces the committed file byte for byte', async () => {
    const fresh = await exportVrm(buildAvatar(spec));
    expect(Buffer.from(fresh).equals(bytes)).toBe(true);
  });

  it('is VRM 1.0 with the project meta', () => {
    expect(vrm.meta.metaVersion).toBe('1');
    expect(vrm.meta).toMatchObject({
      name: spec.name,
      authors: ['ProStudio'],
      licenseUrl: 'https://vrm.dev/licenses/1.0/',
      avatarPermission: 'everyone',
      commercialUsage: 'corporation',
      allowRedistribution: true,
      modification: 'allowModificationRedistribution',
      creditNotation: 'unnecessary',
    });
  });

  it('has every humanoid bone, named after it, at rest with identity rotations', () => {
    for (const name of HUMAN_BONES) {
      const raw = vrm.humanoid.getRawBoneNode(name);
      expect(raw?.name, name).toBe(name);
      expect(raw!.quaternion.angleTo(new Quaternion()), name).toBeLessThan(1e-6);
      expect(
        vrm.humanoid.getNormalizedBoneNode(name)!.quaternion.angleTo(new Quaternion()),
        name,
      ).toBeLessThan(1e-6);
    }
  });

  it('stands in a T-pose facing +Z with its left hand on +X, at a human height', () => {
    expect(worldPosition(vrm, 'hips').y).toBeGreaterThan(0.85);
    expect(worldPosition(vrm, 'hips').y).toBeLessThan(1.0);
    expect(worldPosition(vrm, 'head').y).toBeGreaterThan(1.5);
    expect(worldPosition(vrm, 'head').y).toBeLessThan(1.7);
    const leftHand = worldPosition(vrm, 'leftHand');
    expect(leftHand.x).toBeGreaterThan(0.6);
    expect(Math.abs(leftHand.y - worldPosition(vrm, 'leftUpperArm').y)).toBeLessThan(0.01);
    expect(worldPosition(vrm, 'rightHand').x).toBeLessThan(-0.6);
    expect(worldPosition(vrm, 'leftEye').x).toBeGreaterThan(0);
    expect(worldPosition(vrm, 'leftToes').z).toBeGreaterThan(worldPosition(vrm, 'leftFoot').z + 0.05);

    // The nose is the face's frontmost point, on the middle line, in front of the head bone.
    const points = skinnedPositions(face);
    const front = points.reduce((a, b) => (b.z > a.z ? b : a));
    expect(Math.abs(front.x)).toBeLessThan(0.01);
    expect(front.z).toBeGreaterThan(worldPosition(vrm, 'head').z + 0.09);

    const top = Math.max(...skinnedPositions(body).map((p) => p.y));
    expect(top).toBeGreaterThan(spec.build.height - 0.01);
    expect(top).toBeLessThan(spec.build.height + 0.04);
  });

  it('stays within the triangle budget and uses one material', () => {
    expect(triangles(vrm)).toBeLessThanOrEqual(TRIANGLE_BUDGET);
    const materials = new Set<string>();
    vrm.scene.traverse((object) => {
      const mesh = object as Mesh;
      if (mesh.isMesh) for (const m of [mesh.material].flat()) materials.add(m.uuid);
    });
    expect(materials.size).toBeLessThanOrEqual(2);
  });

  it.each(EXPRESSIONS.map((e) => [e.name, e.preset] as const))(
    'has expression %s, which moves the face',
    (name, preset) => {
      const manager = vrm.expressionManager!;
      const expression = manager.getExpression(name);
      expect(expression, name).not.toBeNull();
      expect(
        preset ? Object.keys(manager.presetExpressionMap) : Object.keys(manager.customExpressionMap),
      ).toContain(name);

      const rest = skinnedPositions(face);
      manager.resetValues();
      manager.setValue(name, 1);
      manager.update();
      const moved = skinnedPositions(face);
      manager.resetValues();
      manager.update();

      const index = face.morphTargetDictionary![name];
      expect(index).toBeDefined();
      const displacement = moved.map((p, i) => p.distanceTo(rest[i]));
      expect(Math.max(...displacement)).toBeGreaterThan(0.003);
      if (name === 'blinkLeft' || name === 'blinkRight') {
        // Only that eye's lid moves, and it moves down.
        const side = name === 'blinkLeft' ? 1 : -1;
        const movedIndices = displacement.flatMap((d, i) => (d > 1e-4 ? [i] : []));
        expect(movedIndices.every((i) => Math.sign(rest[i].x) === side)).toBe(true);
        expect(centroid(moved, movedIndices).y).toBeLessThan(centroid(rest, movedIndices).y - 0.003);
      }
      if (name === 'aa') {
        expect(Math.min(...moved.map((p, i) => p.y - rest[i].y))).toBeLessThan(-0.01);
      }
    },
  );

  it('is really skinned: bending an elbow carries the hand with the forearm', () => {
    const elbow = worldPosition(vrm, 'leftLowerArm');
    const forearm = worldPosition(vrm, 'leftHand').distanceTo(elbow);
    const hand = verticesOf(body, 'leftHand');
    expect(hand.length).toBeGreaterThan(20);
    const upper = verticesOf(body, 'leftUpperArm');
    const restPoints = skinnedPositions(body);
    const before = centroid(restPoints, hand);
    const upperBefore = centroid(restPoints, upper);
    expect(before.x).toBeGreaterThan(elbow.x + forearm);

    // Rotate the normalized forearm 90° about Z (clockwise seen from the front): it then hangs straight down.
    vrm.humanoid.getNormalizedBoneNode('leftLowerArm')!.rotation.set(0, 0, -Math.PI / 2);
    vrm.update(0);
    vrm.scene.updateMatrixWorld(true);
    const bentPoints = skinnedPositions(body);
    const after = centroid(bentPoints, hand);
    const upperAfter = centroid(bentPoints, upper);
    vrm.humanoid.resetNormalizedPose();
    vrm.update(0);
    vrm.scene.updateMatrixWorld(true);

    expect(Math.abs(after.x - elbow.x)).toBeLessThan(0.03);
    expect(after.y).toBeLessThan(elbow.y - forearm);
    expect(after.distanceTo(elbow)).toBeCloseTo(before.distanceTo(elbow), 2);
    // The upper arm stays where it was (only the skin near the elbow follows the forearm a little).
    expect(upperAfter.distanceTo(upperBefore)).toBeLessThan(0.01);
  });

  it('turns its eyes with the lookAt (bone type)', () => {
    const lookAt = vrm.lookAt!;
    expect(lookAt.applier.constructor.type).toBe('bone');
    lookAt.yaw = 30;
    lookAt.update(0);
    expect(vrm.humanoid.getRawBoneNode('leftEye')!.quaternion.angleTo(new Quaternion())).toBeGreaterThan(
      0.05,
    );
    lookAt.reset();
    lookAt.update(0);
  });
});
