// The venue's own API as its staff's page (/venue) uses it, every reply checked against the shared contract.
import {
  type CommissionSettings,
  commissionSettingsSchema,
  type CommissionShares,
  type DeskSpace,
  deskSpaceSchema,
  type Reconciliation,
  reconciliationSchema,
  type VenueCalendar,
  venueCalendarSchema,
  type VenueMoney,
  venueMoneySchema,
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

/**
 * The dates an exhibition is approved for (ISO); either may be left for the server's default. `space`: another
 * gallery than the one asked for.
 */
export interface RunDates {
  readonly opensAt?: string;
  readonly closesAt?: string;
  readonly space?: string;
}

export const fetchVenueRequests = (): Promise<VenueRequests> =>
  call('/api/venue/requests', venueRequestsSchema);
export const approveExhibition = (id: string, dates: RunDates): Promise<ExhibitionRequest> =>
  call(`/api/venue/exhibitions/${id}/approve`, exhibitionRequestSchema, 'POST', dates);
export const declineExhibition = (id: string, reason: string): Promise<ExhibitionRequest> =>
  call(`/api/venue/exhibitions/${id}/decline`, exhibitionRequestSchema, 'POST', { reason });
export const takeDownExhibition = (id: string): Promise<ExhibitionRequest> =>
  call(`/api/venue/exhibitions/${id}/take-down`, exhibitionRequestSchema, 'POST');
/** Approves a show, on the stage it asked for or on `space`. */
export const approveShow = (id: string, space?: string): Promise<Show> =>
  call(`/api/venue/shows/${id}/approve`, showSchema, 'POST', space ? { space } : {});
export const declineShow = (id: string, reason: string): Promise<Show> =>
  call(`/api/venue/shows/${id}/decline`, showSchema, 'POST', { reason });

export const fetchStaff = (): Promise<StaffMember[]> => call('/api/venue/staff', z.array(staffMemberSchema));
export const grantRole = (email: string, role: StaffRole): Promise<StaffMember> =>
  call('/api/venue/staff', staffMemberSchema, 'POST', { email, role });
export const revokeRole = (id: string, role: StaffRole): Promise<StaffMember> =>
  call(`/api/venue/staff/${id}/roles/${role}`, staffMemberSchema, 'DELETE');

export const fetchDeskSpaces = (): Promise<DeskSpace[]> =>
  call('/api/venue/spaces', z.array(deskSpaceSchema));
export const fetchCalendar = (from: string, to: string): Promise<VenueCalendar> =>
  call(
    `/api/venue/calendar?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    venueCalendarSchema,
  );

export const fetchCommission = (): Promise<CommissionSettings> =>
  call('/api/venue/commission', commissionSettingsSchema);
export const saveCommission = (shares: CommissionShares): Promise<CommissionSettings> =>
  call('/api/venue/commission', commissionSettingsSchema, 'PUT', shares);
export const fetchMoney = (): Promise<VenueMoney> => call('/api/venue/money', venueMoneySchema);
export const fetchReconciliation = (): Promise<Reconciliation> =>
  call('/api/admin/reconciliation', reconciliationSchema);
