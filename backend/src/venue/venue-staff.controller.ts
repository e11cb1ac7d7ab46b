import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Req, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import { AdminGuard } from '../accounts/admin.guard.ts';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import {
  type GrantRole,
  grantRoleSchema,
  type StaffMember,
  staffMemberSchema,
  type StaffRole,
  staffRoleSchema,
} from '../contract.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import { VenueStaffService } from './venue-staff.service.ts';

/** The venue's admins giving and taking the staff roles: curator, moderator, instructor. */
@ApiTag('venue')
@Controller('venue/staff')
@UseGuards(AuthGuard, AdminGuard)
export class VenueStaffController {
  constructor(@Inject(VenueStaffService) private readonly staff: VenueStaffService) {}

  @ApiContract({
    summary: 'The venue’s staff: everyone with a staff role, and its admins',
    response: z.array(staffMemberSchema),
  })
  @Get()
  list(): Promise<StaffMember[]> {
    return this.staff.list();
  }

  @ApiContract({ summary: 'Give an account (by its email) a staff role', response: staffMemberSchema })
  @Post()
  @HttpCode(200)
  grant(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(grantRoleSchema, 'body')) body: GrantRole,
  ): Promise<StaffMember> {
    return this.staff.grant(body.email, body.role, request.user);
  }

  @ApiContract({
    summary: 'Take a staff role from someone: their sign-in ends at once',
    response: staffMemberSchema,
  })
  @Delete(':id/roles/:role')
  revoke(
    @Req() request: AuthenticatedRequest,
    @Param('id', new ZodValidationPipe(z.uuid('must be an account id'), 'id')) id: string,
    @Param('role', new ZodValidationPipe(staffRoleSchema, 'role')) role: StaffRole,
  ): Promise<StaffMember> {
    return this.staff.revoke(id, role, request.user);
  }
}
