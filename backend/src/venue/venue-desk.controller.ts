import { Body, Controller, Get, Inject, Put, Query, Req, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import { AdminGuard } from '../accounts/admin.guard.ts';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import {
  type CalendarQuery,
  calendarQuerySchema,
  type CommissionSettings,
  commissionSettingsSchema,
  type CommissionShares,
  commissionSharesSchema,
  type DeskSpace,
  deskSpaceSchema,
  type VenueCalendar,
  venueCalendarSchema,
  type VenueMoney,
  venueMoneySchema,
} from '../contract.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import { VenueDeskService } from './venue-desk.service.ts';
import { VenueStaffGuard } from './venue-staff.guard.ts';

/** The venue's desk: its spaces and their calendar (curators and admins), its commission and money (admins). */
@ApiTag('venue')
@Controller('venue')
@UseGuards(AuthGuard)
export class VenueDeskController {
  constructor(@Inject(VenueDeskService) private readonly desk: VenueDeskService) {}

  @ApiContract({
    summary: 'The galleries and stages, where a curator may put an exhibition or a show',
    response: z.array(deskSpaceSchema),
  })
  @Get('spaces')
  @UseGuards(VenueStaffGuard)
  spaces(): Promise<DeskSpace[]> {
    return this.desk.spaces();
  }

  @ApiContract({
    summary: 'Every space’s approved exhibitions and shows, and the requests waiting, between two dates',
    response: venueCalendarSchema,
  })
  @Get('calendar')
  @UseGuards(VenueStaffGuard)
  calendar(
    @Query(new ZodValidationPipe(calendarQuerySchema, 'query')) query: CalendarQuery,
  ): Promise<VenueCalendar> {
    return this.desk.calendar(new Date(query.from), new Date(query.to));
  }

  @ApiContract({ summary: 'The venue’s share of each kind of sale', response: commissionSettingsSchema })
  @Get('commission')
  @UseGuards(AdminGuard)
  commission(): Promise<CommissionSettings> {
    return this.desk.commission();
  }

  @ApiContract({
    summary: 'Set the venue’s shares for listings and shows made from now on',
    response: commissionSettingsSchema,
  })
  @Put('commission')
  @UseGuards(AdminGuard)
  setCommission(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(commissionSharesSchema, 'body')) body: CommissionShares,
  ): Promise<CommissionSettings> {
    return this.desk.setCommission(body, request.user);
  }

  @ApiContract({ summary: 'The ledger’s money by currency, and who got what', response: venueMoneySchema })
  @Get('money')
  @UseGuards(AdminGuard)
  money(): Promise<VenueMoney> {
    return this.desk.money();
  }
}
