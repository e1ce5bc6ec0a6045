import { MemberSession } from '../team/member-session.entity.js';
import { PasswordAttemptWindow } from '../common/auth/password-attempt-window.entity.js';
import { Attachment, AttachmentChunk } from '../attachments/attachment.entity.js';
import { CannedResponse } from '../canned-responses/canned-response.entity.js';
import { CreditAccount } from '../credits/credit-account.entity.js';
import { CreditLedgerEntry } from '../credits/credit-ledger-entry.entity.js';
import { CsatRating } from '../csat/csat-rating.entity.js';
import { RateLimitBucket } from '../common/rate-limit-bucket.entity.js';
import { ChatInboundMessage } from '../messengers/chat-inbound-message.entity.js';
import { ChatTicketMessage } from '../messengers/chat-ticket-message.entity.js';
import { MessengerChat } from '../messengers/messenger-chat.entity.js';
import { OutboundPart } from '../messengers/outbound-part.entity.js';
import { ProcessedUpdate } from '../messengers/processed-update.entity.js';
import { OutboxEvent } from '../outbox/outbox-event.entity.js';
import { Project } from '../common/tenancy/project.entity.js';
import { HelpdeskRequest } from '../requests/helpdesk-request.entity.js';
import { RoutingRule } from '../routing/routing-rule.entity.js';
import { HelpdeskSettings } from '../settings/helpdesk-settings.entity.js';
import { Subscriber } from '../subscribers/subscriber.entity.js';
import { MemberInvite } from '../team/member-invite.entity.js';
import { TeamMember } from '../team/team-member.entity.js';
import { TicketType } from '../ticket-types/ticket-type.entity.js';
import { IdempotencyKey } from '../tickets/idempotency-key.entity.js';
import { TicketMessage } from '../tickets/ticket-message.entity.js';
import { TicketNumberCounter } from '../tickets/ticket-number-counter.entity.js';
import { TicketStatusChange } from '../tickets/ticket-status-change.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { TicketUnansweredAlert } from '../unanswered/ticket-unanswered-alert.entity.js';
import { TicketOutOfHoursReply } from '../tickets/ticket-out-of-hours-reply.entity.js';
import { Macro } from '../macros/macro.entity.js';
import {
  TeamChatEcho,
  TeamChatGroup,
  TeamChatLinkCode,
  TeamChatNotice,
  TeamChatNotifyPosition,
  TeamChatTopic,
} from '../team-chat/team-chat.entities.js';
import { TeamMemberTelegram } from '../team/member-telegram.entity.js';
import { OwnershipOtp } from '../team/ownership-otp.entity.js';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity.js';
import { Webhook } from '../webhooks/webhook.entity.js';
import { TicketPresence } from '../presence/ticket-presence.entity.js';
import { SavedView } from '../saved-views/saved-view.entity.js';
import { CustomField } from '../custom-fields/custom-field.entity.js';

/** Every entity TypeORM maps. A feature adds its entities here and a migration beside them. */
export const ENTITIES = [
  Project,
  TeamMember,
  HelpdeskSettings,
  RateLimitBucket,
  OutboxEvent,
  Subscriber,
  Ticket,
  TicketMessage,
  TicketStatusChange,
  TicketNumberCounter,
  IdempotencyKey,
  HelpdeskRequest,
  MessengerChat,
  ProcessedUpdate,
  ChatTicketMessage,
  OutboundPart,
  TicketType,
  CannedResponse,
  RoutingRule,
  Webhook,
  WebhookDelivery,
  CsatRating,
  TicketUnansweredAlert,
  TicketOutOfHoursReply,
  Macro,
  MemberSession,
  MemberInvite,
  PasswordAttemptWindow,
  CreditAccount,
  CreditLedgerEntry,
  Attachment,
  AttachmentChunk,
  ChatInboundMessage,
  TicketPresence,
  SavedView,
  CustomField,
  TeamChatGroup,
  TeamChatLinkCode,
  TeamMemberTelegram,
  TeamChatTopic,
  TeamChatEcho,
  TeamChatNotice,
  TeamChatNotifyPosition,
  OwnershipOtp,
];
