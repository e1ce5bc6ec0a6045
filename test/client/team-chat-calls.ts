import type { Client } from 'openapi-fetch';
import type { components, paths } from './generated/api.js';

type Schemas = components['schemas'];
const ID = '00000000-0000-4000-8000-000000000000';

/** The team chat's operations (issue #29) for exerciseEveryOperation, every optional field set. */
export function teamChatCalls(api: Client<paths>) {
  const confirmTransfer: Required<Schemas['ConfirmOwnershipDto']> = { member_id: ID, code: '042117' };
  const notifications: Required<Schemas['MemberNotificationsDto']> = { assigned: true, customer_replied: false };
  const member = { params: { path: { member_id: ID } } };
  return {
    '/v1/team/transfer-ownership/confirm': {
      post: () => api.POST('/v1/team/transfer-ownership/confirm', { body: confirmTransfer }),
    },
    '/v1/helpdesk/team-chat/link-code': { post: () => api.POST('/v1/helpdesk/team-chat/link-code') },
    '/v1/helpdesk/team-chat': {
      get: () => api.GET('/v1/helpdesk/team-chat'),
      delete: () => api.DELETE('/v1/helpdesk/team-chat'),
    },
    '/v1/team/members/{member_id}/telegram-link': {
      post: () => api.POST('/v1/team/members/{member_id}/telegram-link', member),
    },
    '/v1/team/members/{member_id}/telegram': {
      delete: () => api.DELETE('/v1/team/members/{member_id}/telegram', member),
    },
    '/v1/team/members/{member_id}/notifications': {
      put: () => api.PUT('/v1/team/members/{member_id}/notifications', { ...member, body: notifications }),
    },
  };
}
