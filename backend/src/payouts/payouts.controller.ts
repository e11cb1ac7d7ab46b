import { Controller, Get, HttpCode, Inject, Post, Req, UseGuards } from '@nestjs/common';
import { AdminGuard } from '../accounts/admin.guard.ts';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import {
  type BankPayouts,
  bankPayoutsSchema,
  type PayoutOverview,
  payoutOverviewSchema,
  type PayoutStatus,
  payoutStatusSchema,
  type Reconciliation,
  reconciliationSchema,
  redirectSchema,
} from '../contract.ts';
import { EarningsService } from './earnings.service.ts';
import { PayoutsService } from './payouts.service.ts';

@ApiTag('payouts')
@Controller()
export class PayoutsController {
  constructor(
    @Inject(PayoutsService) private readonly payouts: PayoutsService,
    @Inject(EarningsService) private readonly earnings: EarningsService,
  ) {}

  /** Where to send an artist to set up (or finish setting up) their Stripe payout account. */
  @ApiContract({ summary: 'Where to set up your Stripe payout account', response: redirectSchema })
  @Post('payouts/onboarding')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  onboard(@Req() request: AuthenticatedRequest): Promise<{ url: string }> {
    return this.payouts.onboard(request.user.sub);
  }

  @ApiContract({ summary: 'Your payout account and earnings', response: payoutStatusSchema })
  @Get('payouts/me')
  @UseGuards(AuthGuard)
  status(@Req() request: AuthenticatedRequest): Promise<PayoutStatus> {
    return this.payouts.status(request.user.sub);
  }

  @ApiContract({
    summary:
      'Your payouts page: whether the venue takes payments, your account, balance and each sale’s split',
    response: payoutOverviewSchema,
  })
  @Get('payouts/overview')
  @UseGuards(AuthGuard)
  overview(@Req() request: AuthenticatedRequest): Promise<PayoutOverview> {
    return this.earnings.overview(request.user.sub);
  }

  @ApiContract({
    summary:
      'Your payouts to your bank, newest first (empty, with the reason, without Stripe keys or an account)',
    response: bankPayoutsSchema,
  })
  @Get('payouts/transfers')
  @UseGuards(AuthGuard)
  transfers(@Req() request: AuthenticatedRequest): Promise<BankPayouts> {
    return this.payouts.bankPayouts(request.user.sub);
  }

  @ApiContract({
    summary: 'A one-time link into your Stripe Express dashboard (409 until payouts are set up)',
    response: redirectSchema,
  })
  @Post('payouts/dashboard')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  dashboard(@Req() request: AuthenticatedRequest): Promise<{ url: string }> {
    return this.payouts.dashboard(request.user.sub);
  }

  @ApiContract({
    summary: "The ledger checked against itself and Stripe's events",
    response: reconciliationSchema,
  })
  @Get('admin/reconciliation')
  @UseGuards(AuthGuard, AdminGuard)
  reconcile(): Promise<Reconciliation> {
    return this.payouts.reconcile();
  }
}
