// The studio's exhibitions (backend/src/artists/exhibitions.controller.ts): drafts an artist curates, their
// layouts, and sending them to the venue. Every reply is checked against the shared contract.
import {
  studioExhibitionSchema,
  type DraftChanges,
  type DraftLayout,
  type NewDraft,
  type StudioExhibition,
} from '@prostudio/backend/contract';
import { z } from 'zod';
import { callAsMember } from './api.ts';

const base = '/api/studio/exhibitions';

export const myExhibitions = (): Promise<StudioExhibition[]> =>
  callAsMember(base, z.array(studioExhibitionSchema));

export const myExhibition = (id: string): Promise<StudioExhibition> =>
  callAsMember(`${base}/${encodeURIComponent(id)}`, studioExhibitionSchema);

export const startDraft = (draft: NewDraft): Promise<StudioExhibition> =>
  callAsMember(base, studioExhibitionSchema, 'POST', draft);

export const changeDraft = (id: string, changes: DraftChanges): Promise<StudioExhibition> =>
  callAsMember(`${base}/${encodeURIComponent(id)}`, studioExhibitionSchema, 'PATCH', changes);

export const saveDraftLayout = (id: string, layout: DraftLayout): Promise<StudioExhibition> =>
  callAsMember(`${base}/${encodeURIComponent(id)}/layout`, studioExhibitionSchema, 'PUT', layout);

export const submitDraft = (id: string): Promise<StudioExhibition> =>
  callAsMember(`${base}/${encodeURIComponent(id)}/submit`, studioExhibitionSchema, 'POST');

export const deleteDraft = async (id: string): Promise<void> => {
  await callAsMember(`${base}/${encodeURIComponent(id)}`, z.unknown(), 'DELETE');
};
