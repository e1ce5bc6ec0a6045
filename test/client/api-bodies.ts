/** The request bodies and queries api-client.ts sends, each with every optional field (`Required<…>`). */
import type { components, paths } from './generated/api.js';

type Schemas = components['schemas'];

export const ID = '00000000-0000-4000-8000-000000000000';

export const settings: Required<Schemas['UpdateHelpdeskSettingsDto']> = {
  helpdesk_enabled: true,
  helpdesk_welcome_message: { ru: 'Здравствуйте', en: 'Hello' },
  helpdesk_close_message: { ru: 'Закрыто', en: 'Closed' },
  sla_first_reply_hours: null,
  sla_resolve_hours: 24,
  helpdesk_ticket_types_enabled: true,
  helpdesk_allow_create: true,
  helpdesk_allow_view: true,
  csat_enabled: true,
  csat_message_template: 'How did we do?',
  helpdesk_unanswered_hours: null,
  business_hours: {
    timezone: 'Europe/Moscow',
    week: {
      mon: [{ from: '09:00', to: '18:00' }],
      tue: [],
      wed: [],
      thu: [],
      fri: [],
      sat: [],
      sun: [{ from: '22:00', to: '02:00' }],
    },
    holidays: ['2026-12-31'],
  },
  out_of_hours_reply: { ru: 'Ответим утром', en: 'We will answer in the morning' },
  auto_close_waiting_days: 7,
  auto_assign_on_reply: true,
};
export const login: Required<Schemas['LoginDto']> = {
  email: 'anna@example.com',
  password: 'correct horse battery',
  project: 'acme',
};
export const acceptInvite: Required<Schemas['AcceptInviteDto']> = {
  token: 'invite-token',
  password: 'correct horse battery',
};
export const transfer: Required<Schemas['TransferOwnershipDto']> = { member_id: ID, password: 'correct horse battery' };
export const roleChange: Required<Schemas['ChangeRoleDto']> = { role: 'admin' };
export const member: Required<Schemas['CreateTeamMemberDto']> = {
  email: 'agent@example.com',
  name: 'Agent',
  role: 'support',
};
export const request: Required<Schemas['CreateHelpdeskRequestDto']> = { channel: 'telegram', ticket_type_id: ID };
export const newType: Required<Schemas['CreateTicketTypeDto']> = { name: 'Billing', description: null, sort_order: 1 };
// What the server defaults may be left out (openapi-typescript's default flags; see check-openapi-defaults).
export const minimalType: Schemas['CreateTicketTypeDto'] = { name: 'Billing' };
export const minimalTicket: Schemas['CreateTicketDto'] = { text: 'Hi' };
export const minimalReply: Schemas['ReplyDto'] = { text: 'Hi' };
export const ticketEdit: Required<Schemas['UpdateTicketDto']> = {
  subject: 'Login',
  ticket_type_id: null,
  custom_fields: { order_id: 'A-2' },
};
export const customerChange: Required<Schemas['UpdateCustomerDto']> = { note: 'VIP', blocked: false };
export const customerQuery: Required<NonNullable<paths['/v1/helpdesk/customers']['get']['parameters']['query']>> = {
  q: 'anna',
  channel: 'telegram',
  blocked: false,
  limit: 10,
  cursor: 'opaque',
};
export const newField: Required<Schemas['CreateCustomFieldDto']> = {
  key: 'platform',
  label: 'Platform',
  type: 'select',
  options: ['iOS'],
  required_to_close: false,
  enabled: true,
};
export const fieldChange: Required<Schemas['UpdateCustomFieldDto']> = {
  key: 'platform',
  label: 'Platform',
  type: 'select',
  options: ['iOS', 'Web'],
  required_to_close: true,
  enabled: true,
};
export const typeChange: Required<Schemas['UpdateTicketTypeDto']> = {
  name: 'Payments',
  description: 'Money',
  sort_order: 2,
  enabled: false,
};
export const update: Required<paths['/telegram/webhook']['post']['requestBody']['content']['application/json']> = {
  update_id: 1,
};
export const ticket: Required<Schemas['CreateTicketDto']> = {
  text: 'Code not arriving',
  subject: 'Login',
  channel: 'telegram',
  chat_id: 123456789,
  first_name: 'Ivan',
  username: 'ivan_p',
  ticket_type_id: null,
  custom_fields: { order_id: 'A-1' },
};
export const bulk: Required<Schemas['BulkDto']> = { ticket_ids: [ID], action: 'assign', value: null };
export const reply: Required<Schemas['ReplyDto']> = {
  text: 'On it',
  canned_response_id: ID,
  internal: false,
  member_id: null,
  after_message_id: ID,
};
export const presence: Required<Schemas['PresenceDto']> = { state: 'typing' };
export const view: Required<Schemas['CreateSavedViewDto']> = { name: 'Urgent', filters: { priority: 'urgent' } };
export const customerReply: Required<Schemas['CustomerReplyDto']> = { text: 'Thanks' };
export const status: Required<Schemas['ChangeStatusDto']> = { status: 'waiting' };
export const assign: Required<Schemas['AssignDto']> = { assigned_to: null };
export const priority: Required<Schemas['ChangePriorityDto']> = { priority: 'urgent' };
export const render: Required<Schemas['RenderCannedResponseDto']> = { ticket_id: ID, member_id: null };
export const condition: Required<Schemas['RoutingConditionSchema']> = {
  channel: 'telegram',
  subject_contains: 'refund',
  text_contains: 'money',
  ticket_type_id: ID,
  ticket_type: 'Billing',
};
export const action: Required<Schemas['RoutingActionSchema']> = {
  assign_to: ID,
  set_priority: 'high',
  add_tag: 'refund',
};
export const rule: Required<Schemas['CreateRoutingRuleDto']> = {
  name: 'Refunds',
  condition,
  action,
  order_index: 0,
  enabled: true,
};
export const minimalRule: Schemas['CreateRoutingRuleDto'] = { name: 'Refunds', condition, action };
void [minimalType, minimalTicket, minimalRule, minimalReply];
export const ruleChange: Required<Schemas['UpdateRoutingRuleDto']> = {
  name: 'Refunds 2',
  condition,
  action,
  order_index: 1,
  enabled: false,
};
export const canned: Required<Schemas['CreateCannedResponseDto']> = {
  title: 'Hi',
  text: 'Hello {{first_name}}',
  shortcut: null,
};
export const cannedChange: Required<Schemas['UpdateCannedResponseDto']> = {
  title: 'Hey',
  text: 'Hey {{first_name}}',
  shortcut: '/hey',
};
export const rating: Required<Schemas['RateTicketDto']> = { rating: 5 };
export const webhook: Required<Schemas['PutWebhookDto']> = {
  url: 'https://example.com/hook',
  events: ['ticket.created', 'ticket.replied'],
};
export const ticketQuery: Required<NonNullable<paths['/v1/helpdesk/tickets']['get']['parameters']['query']>> = {
  status: 'new',
  assigned_to: 'none',
  priority: 'high',
  channel: 'virtual',
  ticket_type_id: ID,
  tag: 'vip',
  q: 'refund',
  customer_id: ID,
  limit: 20,
  offset: 0,
  cursor: 'opaque',
  sla: 'breached',
  sort: 'sla_due',
  order: 'asc',
};
export const macro: Required<Schemas['CreateMacroDto']> = {
  name: 'Refund done',
  text: 'Hello {{first_name}}',
  internal: false,
  actions: { status: 'waiting', priority: 'high', add_tags: ['refund'], remove_tags: ['billing'], assign: 'me' },
};
export const macroChange: Required<Schemas['UpdateMacroDto']> = { ...macro, text: null };
export const macroApply: Required<Schemas['ApplyMacroDto']> = { member_id: null };
export const deliveryQuery: Required<NonNullable<paths['/v1/webhook/deliveries']['get']['parameters']['query']>> = {
  event: 'ticket.created',
  event_id: ID,
  status: 'failed',
  limit: 50,
};
export const slaQuery: Required<NonNullable<paths['/v1/helpdesk/sla']['get']['parameters']['query']>> = {
  from: '2026-01-01',
  to: '2026-02-01',
};
export const reportQuery: Required<NonNullable<paths['/v1/helpdesk/reports']['get']['parameters']['query']>> = {
  from: '2026-01-01',
  to: '2026-01-31',
  interval: 'week',
  timezone: 'Europe/Moscow',
};
