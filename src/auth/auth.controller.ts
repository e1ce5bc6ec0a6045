import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type Actor, CurrentActor } from '../common/auth/actor.js';
import { PublicRoute } from '../common/auth/api-key.guard.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { RequirePermission } from '../common/auth/permissions.js';
import { isSameOrigin } from '../common/auth/same-origin.js';
import { clearedSessionCookie, SESSION_COOKIE, sessionCookie, sessionTokenOf } from '../common/auth/session-cookie.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import type { Env } from '../config/env.js';
import { toTeamMemberResponse } from '../team/team-member.mapper.js';
import { CrossOriginRequest } from '../common/auth/auth.errors.js';
import { AuthService, SignedIn } from './auth.service.js';
import { AcceptInviteDto, LoginDto, SignedInMemberResponse, WhoAmIResponse } from './dto/auth.dto.js';

@ApiTags('Sign-in')
@Controller('v1/auth')
export class AuthController {
  private readonly publicUrl: string;
  private readonly secureCookie: boolean;
  /** The bot's @username: a project's help link is `t.me/<it>?start=help_<slug>` (messengers/conversation-turn). */
  private readonly botUsername: string;

  constructor(
    private readonly auth: AuthService,
    @Inject(ConfigService) config: ConfigService<Env, true>,
  ) {
    this.publicUrl = config.get('PUBLIC_URL', { infer: true });
    this.botUsername = config.get('TELEGRAM_BOT_USERNAME', { infer: true });
    this.secureCookie = config.get('COOKIE_SECURE', { infer: true });
  }

  @Post('login')
  @PublicRoute()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Sign in with e-mail and password: sets the session cookie. Same 401 for an unknown e-mail and a wrong ' +
      'password; 10 failures per e-mail from one client address, or 100 from one address, in 15 minutes, then ' +
      '429 login_throttled; 429 password_check_busy when too many sign-ins are being checked at once',
  })
  @ApiOkResponse({
    type: SignedInMemberResponse,
    headers: {
      'Set-Cookie': { description: `${SESSION_COOKIE}=…; HttpOnly; SameSite=Lax`, schema: { type: 'string' } },
    },
  })
  @ApiErrorResponses(403)
  async login(
    @Req() request: Request,
    @Body() body: LoginDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SignedInMemberResponse> {
    this.refuseForeignOrigin(request);
    return this.signIn(response, await this.auth.login(body.email, body.password, body.project, request.ip));
  }

  @Post('accept-invite')
  @PublicRoute()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Set your password with a one-time invite token and sign in. Used: 410 invite_used; expired: 410 invite_expired',
  })
  @ApiOkResponse({ type: SignedInMemberResponse })
  @ApiErrorResponses(403, 410)
  async acceptInvite(
    @Req() request: Request,
    @Body() body: AcceptInviteDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SignedInMemberResponse> {
    this.refuseForeignOrigin(request);
    return this.signIn(response, await this.auth.acceptInvite(body.token, body.password));
  }

  @Post('logout')
  @PublicRoute()
  @HttpCode(204)
  @ApiCookieAuth('session')
  @ApiOperation({ summary: 'End this session (every server process refuses it from now on) and clear the cookie' })
  @ApiNoContentResponse()
  @ApiErrorResponses(403)
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const token = sessionTokenOf(request);
    if (token === undefined) return;
    if (!isSameOrigin(request, this.publicUrl)) throw new CrossOriginRequest();
    await this.auth.logout(token);
    response.setHeader('Set-Cookie', clearedSessionCookie(this.secureCookie));
  }

  @Get('me')
  @RequirePermission('signed_in')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who is calling: the signed-in member (null for the API key) and the project' })
  @ApiOkResponse({ type: WhoAmIResponse })
  @ApiErrorResponses()
  async me(@CurrentProject() project: AuthenticatedProject, @CurrentActor() actor: Actor): Promise<WhoAmIResponse> {
    const { member } = await this.auth.whoAmI(project, actor);
    return {
      member: member ? toTeamMemberResponse(member) : null,
      project: {
        id: project.id,
        slug: project.slug,
        name: project.name,
        telegram_help_link: `https://t.me/${this.botUsername}?start=help_${project.slug}`,
      },
    };
  }

  private signIn(response: Response, signedIn: SignedIn): SignedInMemberResponse {
    response.setHeader('Set-Cookie', sessionCookie(signedIn.sessionToken, this.secureCookie));
    return { member: toTeamMemberResponse(signedIn.member) };
  }

  /** Browsers send Origin on cross-site POSTs: a foreign one must not sign anybody in (login CSRF). */
  private refuseForeignOrigin(request: Request): void {
    if (request.headers.origin !== undefined && !isSameOrigin(request, this.publicUrl)) throw new CrossOriginRequest();
  }
}
