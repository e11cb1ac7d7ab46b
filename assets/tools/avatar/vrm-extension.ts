// A GLTFExporter plugin that turns the exported glTF into a VRM 1.0 model: after the scene is written it adds
// the root `VRMC_vrm` extension (meta, humanoid bone map, expressions bound to the face's morph targets, bone
// lookAt, first-person annotations), using the node indices the exporter gave to our bones and meshes.

import type { Object3D } from 'three';
import type { GLTFExporterPlugin, GLTFWriter } from 'three/examples/jsm/exporters/GLTFExporter.js';

import type { ExpressionOverride } from './face.ts';
import type { HumanBoneName } from './skeleton.ts';
import type { Vec3 } from './vec.ts';

export interface VrmMeta {
  name: string;
  version: string;
  authors: string[];
  copyrightInformation?: string;
  licenseUrl: string;
  otherLicenseUrl?: string;
  avatarPermission: 'onlyAuthor' | 'onlySeparatelyLicensedPerson' | 'everyone';
  allowExcessivelyViolentUsage: boolean;
  allowExcessivelySexualUsage: boolean;
  commercialUsage: 'personalNonProfit' | 'personalProfit' | 'corporation';
  allowPoliticalOrReligiousUsage: boolean;
  allowAntisocialOrHateUsage: boolean;
  creditNotation: 'required' | 'unnecessary';
  allowRedistribution: boolean;
  modification: 'prohibited' | 'allowModification' | 'allowModificationRedistribution';
}

export interface VrmExpressionBinding {
  name: string;
  preset: boolean;
  /** The mesh whose morph target this expression drives, and the target's index. */
  mesh: Object3D;
  morphIndex: number;
  overrideBlink?: ExpressionOverride;
  overrideMouth?: ExpressionOverride;
}

export interface VrmDescription {
  meta: VrmMeta;
  bones: Readonly<Record<HumanBoneName, Object3D>>;
  expressions: readonly VrmExpressionBinding[];
  /** Midpoint between the eyes relative to the head bone (VRM lookAt offsetFromHeadBone). */
  lookAtOffset: Vec3;
  /** Meshes and how they show in first person ('auto' hides what the head bone moves). */
  firstPerson: readonly { mesh: Object3D; type: 'auto' | 'both' | 'thirdPersonOnly' | 'firstPersonOnly' }[];
}

/** The parts of GLTFExporter's writer this plugin reads; three's own plugins use the same fields. */
interface WriterInternals {
  json: { extensions?: Record<string, unknown> };
  nodeMap: Map<Object3D, number>;
  extensionsUsed: Record<string, boolean>;
}

const EXTENSION = 'VRMC_vrm';

/** Eye rotation range: ±10° of eye turn for ±90° of gaze away from straight ahead. */
const RANGE_MAP = { inputMaxValue: 90, outputScale: 10 };

export class VrmExtensionPlugin implements GLTFExporterPlugin {
  readonly name = EXTENSION;
  private readonly writer: WriterInternals;
  private readonly description: VrmDescription;

  constructor(writer: GLTFWriter, description: VrmDescription) {
    this.writer = writer as unknown as WriterInternals;
    this.description = description;
  }

  afterParse(): void {
    const { json, nodeMap, extensionsUsed } = this.writer;
    const d = this.description;
    const node = (object: Object3D): number => {
      const index = nodeMap.get(object);
      if (index === undefined) throw new Error(`VRMC_vrm: ${object.name} was not exported`);
      return index;
    };
    const humanBones = Object.fromEntries(
      (Object.entries(d.bones) as [HumanBoneName, Object3D][]).map(([name, bone]) => [
        name,
        { node: node(bone) },
      ]),
    );
    const preset: Record<string, unknown> = {};
    const custom: Record<string, unknown> = {};
    for (const e of d.expressions) {
      const expression = {
        morphTargetBinds: [{ node: node(e.mesh), index: e.morphIndex, weight: 1 }],
        isBinary: false,
        overrideBlink: e.overrideBlink ?? 'none',
        overrideLookAt: 'none',
        overrideMouth: e.overrideMouth ?? 'none',
      };
      (e.preset ? preset : custom)[e.name] = expression;
    }
    json.extensions ??= {};
    json.extensions[EXTENSION] = {
      specVersion: '1.0',
      meta: d.meta,
      humanoid: { humanBones },
      firstPerson: { meshAnnotations: d.firstPerson.map(({ mesh, type }) => ({ node: node(mesh), type })) },
      lookAt: {
        offsetFromHeadBone: d.lookAtOffset,
        type: 'bone',
        rangeMapHorizontalInner: RANGE_MAP,
        rangeMapHorizontalOuter: RANGE_MAP,
        rangeMapVerticalDown: RANGE_MAP,
        rangeMapVerticalUp: RANGE_MAP,
      },
      expressions: { preset, custom },
    };
    extensionsUsed[EXTENSION] = true;
  }
}
