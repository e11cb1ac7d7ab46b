// Uploaded files: images, glTF models and audio, as the upload route describes them.
import { z } from 'zod';

export const mediaSchema = z.object({
  id: z.string(),
  kind: z.enum(['image', 'model', 'audio']),
  contentType: z.string(),
  bytes: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  url: z.string(),
  thumbnailUrl: z.string().nullable(),
});
