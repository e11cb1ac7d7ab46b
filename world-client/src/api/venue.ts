// The venue's own API as its staff's page (/venue) uses it, every reply checked against the shared contract.
import {
  exhibitionRequestSchema,
  type ExhibitionRequest,
  type Show,
  showSchema,
  type StaffMember,
  staffMemberSchema,
  type StaffRole,
  type VenueRequests,
  venueRequestsSchema,
} from '@prostudio/backend/contract';
import { z } from 'zod';
import { callAsMember as call } from './api.ts';

/** The dates an exhibition is approved for (ISO); either may be left for the server's default. */
export interface RunDates {
  readonly opensAt?: string;
  readonly closesAt?: string;
}

export const fetchVenueRequests = (): Promise<VenueRequests> =>
  call('/api/venue/requests', venueRequestsSchema);
export const approveExhibition = (id: string, dates: RunDates): Promise<ExhibitionRequest> =>
  call(`/api/venue/exhibitions/${id}/approve`, exhibitionRequestSchema, 'POST', dates);
export const declineExhibition = (id: string, reason: string): Promise<ExhibitionRequest> =>
  call(`/api/venue/exhibitions/${id}/decline`, exhibitionRequestSchema, 'POST', { reason });
export const takeDownExhibition = (id: string): Promise<ExhibitionRequest> =>
  call(`/api/venue/exhibitions/${id}/take-down`, exhibitionRequestSchema, 'POST');
export const approveShow = (id: string): Promise<Show> =>
  call(`/api/venue/shows/${id}/approve`, showSchema, 'POST');
export const declineShow = (id: string, reason: string): Promise<Show> =>
  call(`/api/venue/shows/${id}/decline`, showSchema, 'POST', { reason });

export const fetchStaff = (): Promise<StaffMember[]> => call('/api/venue/staff', z.array(staffMemberSchema));
export const grantRole = (email: string, role: StaffRole): Promise<StaffMember> =>
  call('/api/venue/staff', staffMemberSchema, 'POST', { email, role });
export const revokeRole = (id: string, role: StaffRole): Promise<StaffMember> =>
  call(`/api/venue/staff/${id}/roles/${role}`, staffMemberSchema, 'DELETE');
