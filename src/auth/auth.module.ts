import { Module } from '@nestjs/common';
import { PasswordModule } from '../common/auth/password.module.js';
import { TeamModule } from '../team/team.module.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';

/** Members' sign-in: login, logout, invites, "who am I". Access checks live in the global guard (common/auth). */
@Module({
  imports: [TeamModule, PasswordModule],
  controllers: [AuthController],
  providers: [AuthService],
})
export class SignInModule {}
