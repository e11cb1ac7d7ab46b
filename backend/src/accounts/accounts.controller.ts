import { Body, Controller, Get, HttpCode, Inject, Ip, Post, Req, UseGuards } from '@nestjs/common';
import type { z } from 'zod';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import {
  refreshSchema,
  resetConfirmSchema,
  resetRequestSchema,
  signInSchema,
  signUpSchema,
  sessionResponseSchema,
  userSchema,
  type PublicUser,
  type SessionResponse,
  type SignIn,
  type SignUp,
} from '../contract.ts';
import { AccountsService } from './accounts.service.ts';
import { AuthGuard, type AuthenticatedRequest } from './auth.guard.ts';
import { PasswordResetService } from './password-reset.service.ts';

@ApiTag('accounts')
@Controller()
export class AccountsController {
  constructor(
    @Inject(AccountsService) private readonly accounts: AccountsService,
    @Inject(PasswordResetService) private readonly resets: PasswordResetService,
  ) {}

  @ApiContract({ summary: 'Create an account and sign in', response: sessionResponseSchema })
  @Post('auth/sign-up')
  @HttpCode(201)
  signUp(@Body(new ZodValidationPipe(signUpSchema, 'body')) body: SignUp): Promise<SessionResponse> {
    return this.accounts.signUp(body);
  }

  @ApiContract({ summary: 'Sign in', response: sessionResponseSchema })
  @Post('auth/sign-in')
  @HttpCode(200)
  signIn(
    @Body(new ZodValidationPipe(signInSchema, 'body')) body: SignIn,
    @Ip() ip: string,
  ): Promise<SessionResponse> {
    return this.accounts.signIn(body, ip);
  }

  @ApiContract({ summary: 'Trade a refresh token for new tokens', response: sessionResponseSchema })
  @Post('auth/refresh')
  @HttpCode(200)
  refresh(
    @Body(new ZodValidationPipe(refreshSchema, 'body')) body: z.infer<typeof refreshSchema>,
  ): Promise<SessionResponse> {
    return this.accounts.refresh(body.refreshToken);
  }

  @ApiContract({ summary: 'End a session' })
  @Post('auth/sign-out')
  @HttpCode(204)
  signOut(
    @Body(new ZodValidationPipe(refreshSchema, 'body')) body: z.infer<typeof refreshSchema>,
  ): Promise<void> {
    return this.accounts.signOut(body.refreshToken);
  }

  @ApiContract({ summary: 'Mail a password reset link' })
  @Post('auth/password-reset')
  @HttpCode(202)
  requestReset(
    @Body(new ZodValidationPipe(resetRequestSchema, 'body')) body: z.infer<typeof resetRequestSchema>,
  ): void {
    // Accepted, not done: the work (and the mail) follows the answer, whether the email is known or not.
    this.resets.request(body.email);
  }

  @ApiContract({ summary: 'Set a new password with a reset token' })
  @Post('auth/password-reset/confirm')
  @HttpCode(204)
  confirmReset(
    @Body(new ZodValidationPipe(resetConfirmSchema, 'body')) body: z.infer<typeof resetConfirmSchema>,
  ): Promise<void> {
    return this.resets.confirm(body.token, body.password);
  }

  @ApiContract({ summary: 'The signed-in user', response: userSchema })
  @Get('me')
  @UseGuards(AuthGuard)
  me(@Req() request: AuthenticatedRequest): Promise<PublicUser> {
    return this.accounts.me(request.user.sub);
  }
}
