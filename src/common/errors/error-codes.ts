/**
 * Every `code` an error body can carry, with what it means. Clients branch on `code`, never on the
 * English `error` text. The OpenAPI error schema and docs/api.md are built from / checked against
 * this table, so a code thrown anywhere must be added here first (AppError's type enforces it).
 */
export const ERROR_CODES = {
  // The request itself
  malformed_json: 'The body is not valid JSON',
  validation_failed:
    'A field is missing, of the wrong type, unknown (400) or has an unacceptable value (422); see details',
  nul_character: 'A string contains U+0000, which cannot be stored',
  invalid_unicode: 'A string contains a lone UTF-16 surrogate (not valid Unicode)',
  malformed_path: 'A path segment is not valid percent-encoding',
  body_too_large: 'The body is larger than 1 MiB',
  json_too_complex: 'The JSON nests deeper than 32 levels, or one object or array holds more than 1000 entries',
  unsupported_media_type: 'A POST/PUT/PATCH body that is not application/json (or a body without Content-Type)',
  unsupported_content_encoding: 'Content-Encoding other than identity, gzip, deflate or br',
  malformed_content_encoding: 'The body is not valid for its Content-Encoding (corrupt gzip, deflate or br)',
  unsupported_charset: 'A charset other than UTF-8',
  request_aborted: 'The client closed the request before the body arrived',
  request_timeout: 'A body other than multipart did not arrive within HTTP_JSON_BODY_TIMEOUT_MS (408, retryable)',
  route_not_found: 'No such route',
  method_not_allowed: 'The route does not accept this method',
  value_out_of_range: 'A value passed validation but is out of the range the database can hold',
  bad_request: 'The request was refused before it reached the API',
  // Authentication and limits
  api_key_missing: 'No Authorization: Bearer header',
  api_key_malformed: 'The bearer token is not of the form zn_live_<32 letters and digits>',
  api_key_invalid: 'No project has this API key (or it was rotated)',
  messenger_secret_invalid: 'The messenger webhook secret header is missing or wrong',
  messenger_bot_disabled: 'The messenger bot is not configured on this server',
  metrics_token_invalid: 'GET /metrics needs Authorization: Bearer <METRICS_TOKEN>',
  rate_limited:
    'Over the request budget of the API key or of this member session (an MCP batch counts each call); retry ' +
    'after Retry-After seconds',
  internal_error: 'An unexpected server failure (retryable)',
  // Projects and settings
  project_not_found: 'No such project',
  invalid_project_name: 'A project name must be 1 to 200 characters',
  invalid_project_slug: 'A slug must be 1 to 40 lower-case letters, digits or dashes',
  project_slug_taken: 'Another project has this slug',
  helpdesk_disabled: 'The helpdesk module is disabled for this project',
  ticket_creation_disabled: 'Customers may not create tickets in this project',
  // Tickets
  ticket_not_found: 'No such ticket in this project',
  ticket_not_in_project: 'ticket_id in the body is not a ticket of this project',
  ticket_changed:
    "Newer messages arrived after the reply's after_message_id: nothing was stored or charged; see messages",
  after_message_not_in_ticket: 'after_message_id is not a message of this ticket',
  ticket_not_virtual: 'The action is only for tickets of the virtual channel',
  chat_id_required: 'chat_id is required for telegram and max tickets',
  chat_not_subscribed:
    'The chat never contacted this project (help link, accepted request, or a message in one of its tickets)',
  channel_not_configured: "The ticket's messenger has no bot on this server: a reply could not be delivered",
  malformed_cursor: 'cursor is not a next_cursor of a previous page',
  invalid_paging: 'limit or offset out of range',
  reply_text_required: 'Exactly one of text and canned_response_id is required',
  canned_render_invalid: 'The canned response renders to an empty or too long text for this ticket',
  invalid_bulk_value: 'The bulk value does not fit the action',
  bulk_limit_exceeded: 'ticket_ids is empty or holds more than 100 ids',
  invalid_tag: 'A tag must be 1 to 50 characters',
  idempotency_key_invalid: 'Idempotency-Key must be 1 to 255 visible ASCII characters',
  idempotency_key_reused: 'The Idempotency-Key was already used with a different request',
  idempotency_in_progress: 'A request with this Idempotency-Key is still running; retry later',
  // Team
  member_not_found: 'No such team member in this project',
  member_not_in_project: 'A member id in the body is not a member of this project',
  member_exists: 'A member with this e-mail already exists in the project',
  last_owner: 'The last owner of a project cannot be removed',
  // Ticket types, canned responses, routing
  ticket_type_not_found: 'No such ticket type in this project',
  ticket_type_name_taken: 'Another ticket type has this name',
  ticket_type_not_usable: 'ticket_type_id is not an enabled ticket type of this project',
  ticket_type_limit_reached: 'The project has the maximum number of ticket types',
  canned_response_not_found: 'No such canned response in this project',
  canned_response_not_in_project: 'canned_response_id is not a canned response of this project',
  canned_shortcut_taken: 'Another canned response uses this shortcut',
  canned_unknown_variable: 'The text uses a {{variable}} that does not exist; see details.unknown_variables',
  canned_response_limit_reached: 'The project has the maximum number of canned responses',
  routing_rule_not_found: 'No such routing rule in this project',
  invalid_routing_rule: 'The condition or action of a routing rule is not valid',
  routing_rule_limit_reached: 'The project has the maximum number of routing rules',
  // Customers, requests, CSAT, SLA
  subscriber_not_found: 'No such customer (subscriber) in this project',
  customer_not_found: 'No such customer in this project (or it was erased)',
  custom_field_not_found: 'No such custom field in this project',
  custom_field_key_taken: 'Another custom field of the project has this key',
  invalid_custom_field_definition:
    'A select field without options, options on another type, a changed key or type, or too many fields',
  invalid_custom_field: 'A custom field value of the wrong type, an unknown key or an option not offered',
  custom_field_required: 'The ticket cannot be closed while a field required to close is unset',
  helpdesk_request_not_found: 'No such helpdesk request in this project',
  ticket_not_closed: 'Only a closed ticket can be rated',
  csat_already_rated: 'This closing of the ticket has already been rated',
  invalid_csat_rating: 'rating must be an integer from 1 to 5',
  invalid_date_range: 'from must not be after to',
  // Reports
  date_range_too_long: 'A report covers at most 400 days (from..to, both included)',
  unknown_time_zone: 'timezone is not an IANA time zone name (such as Europe/Moscow)',
  // Credits
  no_credits_left: 'A public reply needs a credit and the project has none left (402); nothing was stored or sent',
  credit_balance_too_large: 'A top-up would take the purchased balance past its maximum',
  // Webhooks
  webhook_not_found: 'No webhook is configured',
  webhook_delivery_not_found: 'No such webhook delivery in this project',
  invalid_webhook_url: 'The webhook URL is not http(s), or points to a private address',
  no_webhook: 'No webhook is configured for this project',
  // Sign-in, sessions, roles
  login_throttled:
    'Too many wrong passwords in 15 minutes: 10 for one e-mail from one client address, 100 from one address ' +
    '(SIGN_IN_FAILURES_PER_ADDRESS), or 10 re-entered by one member; retry after Retry-After seconds',
  password_check_busy:
    'Too many passwords are being checked at once (a sign-in flood), 429; retry after Retry-After (1 second)',
  invalid_credentials: 'Wrong e-mail or password (the same answer for both)',
  session_invalid: 'The session cookie is unknown, expired or signed out (or its member was removed)',
  session_required: 'The endpoint needs a signed-in member session',
  invite_already_accepted: 'The member has set a password already: a password-reset link is the way back',
  saved_view_not_found: 'No such saved view of yours',
  too_many_saved_views: 'A member keeps at most 50 saved views',
  api_key_required: 'The endpoint needs the project API key, not a session (/mcp)',
  project_required: 'The e-mail belongs to several projects: send the project slug',
  permission_denied: "The member's role may not do this (403)",
  permission_not_declared: 'The route declares no permission, so it is refused (fail closed)',
  cross_origin_request: 'A cookie-authenticated change without an Origin of this server (CSRF)',
  invite_not_found: 'No such invite',
  invite_used: 'The invite was already used (410)',
  invite_expired: 'The invite is older than 7 days (410)',
  role_not_manageable: 'Only an owner may add, remove or change admins and owners',
  password_mismatch: 'The re-entered password is wrong',
  transfer_to_self: 'Ownership cannot be transferred to yourself',
  not_owner: 'Only an owner may transfer ownership',
  // Files
  attachment_not_found: 'No such attachment on this ticket',
  attachment_unavailable: 'The messenger refused the file (for example over 20 MB); see the attachment error',
  attachment_fetch_failed: 'The messenger could not be reached to fetch the file (502); retry',
  malformed_multipart: 'The multipart/form-data body is broken',
  unexpected_part: 'A multipart part other than text, internal, member_id or files',
  file_too_large: 'A file is larger than 20 MiB (413)',
  too_many_files: 'More than 10 files in one reply',
  empty_file: 'A file part is empty',
  unsupported_file_type: 'A file of a type the messenger cannot send (415)',
  idempotency_lease_lost: 'The Idempotency-Key was taken over by a retry while this request ran; nothing was committed',
  // Team chat in Telegram
  not_your_member: "Only admins and owners may manage another member's Telegram link or notifications",
  telegram_not_linked: 'The member has no linked Telegram account',
  password_required: 'Ownership transfer: the owner has no linked Telegram account, so the password is required',
  otp_mismatch: 'Ownership transfer: the code is wrong',
  otp_gone: 'Ownership transfer: no valid code (expired after 10 minutes, used, or voided by the 5th wrong try)',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
