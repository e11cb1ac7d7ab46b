// Types for the part of Khronos' gltf-validator (Dart compiled to JS, shipped without types) that
// model-check.ts uses. Shapes follow the package's README and validation.schema.json (2.0.0-dev.3.10).
declare module 'gltf-validator' {
  export interface ValidationOptions {
    /** Copied into the report, and what relative URIs would be resolved against. */
    readonly uri?: string;
    /** Skips guessing the format from the first byte. */
    readonly format?: 'glb' | 'gltf';
    /** Loads a buffer or image the asset points to; without it such resources are not validated at all. */
    readonly externalResourceFunction?: (uri: string) => Promise<Uint8Array>;
    readonly writeTimestamp?: boolean;
    /** Past this many issues the validator stops, and reports no `info`. 0 is unlimited. */
    readonly maxIssues?: number;
    readonly ignoredIssues?: readonly string[];
  }

  export interface ValidationMessage {
    readonly code: string;
    /** 0 error, 1 warning, 2 information, 3 hint. */
    readonly severity: 0 | 1 | 2 | 3;
    readonly message: string;
    /** JSON pointer into the asset, or else `offset` (a byte in a GLB). */
    readonly pointer?: string;
    readonly offset?: number;
  }

  export interface ValidationResource {
    readonly pointer: string;
    readonly storage?: 'data-uri' | 'buffer-view' | 'glb' | 'external';
    readonly mimeType?: string;
    readonly byteLength?: number;
    /** Set only for external resources. */
    readonly uri?: string;
    readonly image?: { readonly width: number; readonly height: number };
  }

  export interface ValidationInfo {
    readonly version: string;
    readonly resources?: readonly ValidationResource[];
    readonly materialCount?: number;
    readonly drawCallCount?: number;
    readonly totalVertexCount?: number;
    readonly totalTriangleCount?: number;
  }

  export interface ValidationReport {
    readonly issues: {
      readonly numErrors: number;
      readonly numWarnings: number;
      readonly messages: readonly ValidationMessage[];
      /** Stopped at maxIssues: the rest of the asset was not checked. */
      readonly truncated: boolean;
    };
    /** Absent when the asset could not be read, or validation stopped early. */
    readonly info?: ValidationInfo;
  }

  /** Rejects (with a string) only when the options are wrong or the format cannot be told. */
  export function validateBytes(data: Uint8Array, options?: ValidationOptions): Promise<ValidationReport>;
}
