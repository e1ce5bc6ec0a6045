// Generated from openapi.json by scripts/build-console.mjs (openapi-typescript). Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness with a database round trip (no auth) */
        get: operations["Health_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process serves HTTP (no database round trip, no auth) */
        get: operations["Health_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: 503 once shutdown has begun or when the database does not answer (no auth) */
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/max/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Max Bot API webhook: one Update per request (called by Max, not by API clients)
         * @description With the right secret every JSON body is answered 200: a malformed update (a field of the wrong type, a missing field) is ignored, logged and counted in zapnoty_messenger_updates_ignored_total, since any other answer makes Max deliver it again.
         */
        post: operations["MaxWebhook_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/telegram/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Telegram Bot API webhook: one Update per request (called by Telegram, not by API clients)
         * @description With the right secret every JSON body is answered 200: a malformed update (a field of the wrong type, a missing field) is ignored, logged and counted in zapnoty_messenger_updates_ignored_total, since any other answer makes Telegram deliver it again.
         */
        post: operations["TelegramWebhook_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/accept-invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set your password with a one-time invite token and sign in. Used: 410 invite_used; expired: 410 invite_expired */
        post: operations["Auth_acceptInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password: sets the session cookie. Same 401 for an unknown e-mail and a wrong password; 10 failures per e-mail from one client address, or 100 from one address, in 15 minutes, then 429 login_throttled; 429 password_check_busy when too many sign-ins are being checked at once */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session (every server process refuses it from now on) and clear the cookie */
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is calling: the signed-in member (null for the API key) and the project */
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This month's credits: 1 per public agent reply, the free monthly allowance first, then the purchased balance */
        get: operations["Credits_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-Sent Events: the project's ticket.* events (`event:` the webhook event name, `data:` the webhook's data object, `id:` a position). Reconnect with Last-Event-ID to get every later event exactly once (kept 24 h). A comment line every 25 s keeps the stream open. */
        get: operations["Events_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/canned-responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All canned responses of the project, oldest first */
        get: operations["CannedResponses_list"];
        put?: never;
        /** Create a canned response; unknown {{variables}} → 422, a taken shortcut → 409 */
        post: operations["CannedResponses_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/canned-responses/{canned_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a canned response: only the fields sent change */
        put: operations["CannedResponses_update"];
        post?: never;
        /** Delete a canned response */
        delete: operations["CannedResponses_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/canned-responses/{canned_id}/render": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The canned response with its variables filled in for a ticket (and agent); sends nothing */
        post: operations["CannedRender_render"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's custom fields, oldest first (every role reads them: the ticket form) */
        get: operations["CustomFields_list"];
        put?: never;
        /** Create a custom field (admin+); keys are unique per project (409) */
        post: operations["CustomFields_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/custom-fields/{field_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a custom field (admin+): label, options, required_to_close, enabled */
        put: operations["CustomFields_update"];
        post?: never;
        /** Delete a custom field (admin+) */
        delete: operations["CustomFields_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers, most recently seen first; search by name, username or chat id */
        get: operations["Customers_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/customers/{customer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer with ticket counts, CSAT average and their newest tickets */
        get: operations["Customers_get"];
        put?: never;
        post?: never;
        /** Erase the customer (admin+), irreversibly: names, chat id, the text of their messages and their files; their tickets stay. Fires customer.erased */
        delete: operations["Customers_erase"];
        options?: never;
        head?: never;
        /** Change the team's note or block the customer (support+); only the fields sent change */
        patch: operations["Customers_update"];
        trace?: never;
    };
    "/v1/helpdesk/macros": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All macros of the project, oldest first */
        get: operations["Macros_list"];
        put?: never;
        /** Create a macro (admin+); unknown {{variables}} or a non-member assignee → 422 */
        post: operations["Macros_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/macros/{macro_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a macro (admin+): only the fields sent change; actions are replaced whole */
        put: operations["Macros_update"];
        post?: never;
        /** Delete a macro (admin+) */
        delete: operations["Macros_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Team report by day or week: volumes, first reply and resolution percentiles, SLA, CSAT, agents */
        get: operations["Reports_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/reports.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The series of GET /v1/helpdesk/reports as CSV (UTF-8), one row per bucket */
        get: operations["Reports_reportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deep links for a customer who is not subscribed yet: consent in the bot, then the helpdesk menu */
        post: operations["Requests_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/request/{request_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Poll a request: pending, accepted (with subscriber_id), cancelled or expired */
        get: operations["Requests_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/routing-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All routing rules, in the order they are tried on a new ticket */
        get: operations["Routing_list"];
        put?: never;
        /** Create a routing rule; a bad condition or action key, or an assignee who is not a member → 422 */
        post: operations["Routing_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/routing-rules/{rule_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a routing rule: only the fields sent change; condition and action are replaced whole */
        put: operations["Routing_update"];
        post?: never;
        /** Delete a routing rule */
        delete: operations["Routing_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current helpdesk module settings */
        get: operations["Settings_get"];
        /** Change helpdesk settings: only the fields sent change; returns all settings */
        put: operations["Settings_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SLA compliance report (tickets created in from..to) and the current thresholds */
        get: operations["Sla_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/team-chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's team group: linked or not, and its status */
        get: operations["TeamChat_get"];
        put?: never;
        post?: never;
        /** Unlink the team group (topics stay in Telegram; nothing more is posted) */
        delete: operations["TeamChat_unlink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/team-chat/link-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A one-time code (1 h) linking a Telegram forum group as the team chat: open `telegram_link`, pick the group; the bot links it on `/start <code>` */
        post: operations["TeamChat_linkCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/ticket-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enabled ticket types, by sort_order then name: what a new ticket may use as ticket_type_id */
        get: operations["TicketTypes_listEnabled"];
        put?: never;
        /** Create a ticket type (enabled); names are unique per project, case-insensitively (409) */
        post: operations["TicketTypes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/ticket-types/{type_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a ticket type: only the fields sent change; `enabled` switches it on or off */
        put: operations["TicketTypes_update"];
        post?: never;
        /** Delete a ticket type; existing tickets keep its id and name, new tickets cannot use it */
        delete: operations["TicketTypes_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/ticket-types/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All ticket types, disabled ones included, with their settings */
        get: operations["TicketTypes_listAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tickets, newest first, with filters and offset or keyset (cursor) paging
         * @description `cf_<key>=<value>` filters by a custom field value (compared as text; `true`/`false` for checkboxes)
         */
        get: operations["Tickets_list"];
        put?: never;
        /**
         * Create a ticket on behalf of a customer, with its first message
         * @description A telegram or max ticket needs the `chat_id` of a chat that is already this project's customer (it opened the project's help link, accepted one of its requests, or wrote in one of its tickets); any other chat → 422 `chat_not_subscribed`, with nothing stored or sent.
         */
        post: operations["Tickets_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket with its messages (oldest first) and status history */
        get: operations["Tickets_get"];
        put?: never;
        post?: never;
        /** Delete the ticket for good (admin+); its number is never reused. Fires ticket.deleted */
        delete: operations["TicketEdits_remove"];
        options?: never;
        head?: never;
        /** Change the subject, type or custom fields (support+); fires ticket.updated */
        patch: operations["TicketEdits_update"];
        trace?: never;
    };
    "/v1/helpdesk/tickets/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Assign to a team member of the project (422 otherwise); null or omitted unassigns */
        patch: operations["Tickets_assign"];
        trace?: never;
    };
    "/v1/helpdesk/tickets/{id}/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file of a ticket message (streamed; a customer file is fetched from the messenger on first download and kept) */
        get: operations["Attachments_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/tickets/{id}/csat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A virtual-channel customer's CSAT rating (1–5) of a closed ticket; one per closing; fires ticket.csat_received */
        post: operations["Csat_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/tickets/{id}/customer-reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A message from the customer of a virtual ticket (409 for telegram/max tickets) */
        post: operations["Tickets_customerReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/tickets/{id}/macros/{macro_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a macro to a ticket (support+): its text and every action in one transaction
         * @description A public text costs 1 credit like a reply: with none left → 402 and nothing is applied. `assign: "me"` with the API key → 422 `macro_assign_me_needs_member`.
         */
        post: operations["Macros_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/tickets/{id}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Signed-in members only (403 session_required for the API key): a heartbeat saying you are viewing or typing on this ticket (or left it). Others on the ticket get a `ticket.presence` event on GET /v1/events at once; the answer lists who else is on it. viewing lasts 15 s and typing 6 s unless renewed */
        post: operations["Presence_announce"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/tickets/{id}/priority": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the priority */
        patch: operations["Tickets_setPriority"];
        trace?: never;
    };
    "/v1/helpdesk/tickets/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Agent reply (sent to the customer's chat; costs 1 credit, 402 when none is left) or internal note (`internal: true`, free); as multipart/form-data it carries files
         * @description JSON: `text` or `canned_response_id`. multipart/form-data: field `text` (optional when files are present), `internal`, `member_id`, and 1–10 parts named `files`, each at most 20 MiB (413 beyond; 415 for a type the messenger cannot send; 422 for more than 10 or an empty file). A public reply on a telegram/max ticket when this server has no bot for that messenger → 409 `channel_not_configured`, nothing stored or charged. A reply whose delivery fails for good ends with `delivery: "failed"` and a `delivery_error`, and its credit is given back (a `refund` ledger entry).
         */
        post: operations["Tickets_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/tickets/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the status; closing sets closed_at, reopening clears it */
        patch: operations["Tickets_changeStatus"];
        trace?: never;
    };
    "/v1/helpdesk/tickets/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply one action to up to 100 tickets; unknown ids are skipped; counts tickets that changed */
        post: operations["Tickets_bulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/helpdesk/tickets/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every ticket matching the list filters as CSV (UTF-8 with BOM), newest first, streamed
         * @description Columns: number, subject, status, priority, channel, customer, assignee, type, tags, created_at, first_reply_at, closed_at, csat, then one per custom field (its key). Filters as GET /v1/helpdesk/tickets (cf_<key>=<value> included). A cell starting with = + - @ gets a leading apostrophe (no formulas).
         */
        get: operations["TicketExport_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/team/me/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your saved ticket lists (signed-in members; the API key gets 403 session_required) */
        get: operations["SavedViews_list"];
        put?: never;
        /** Save a ticket list (its query parameters) under a name; at most 50 per member (422) */
        post: operations["SavedViews_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/team/me/views/{view_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of your saved lists */
        delete: operations["SavedViews_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/team/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the project team (agents) with their roles */
        get: operations["Team_list"];
        put?: never;
        /** Add a team member; answers with a one-time invite_url (7 days) where they set a password. E-mail is unique per project (409) */
        post: operations["Team_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/team/members/{member_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a team member (their sessions end at once); the last owner cannot be removed (409) */
        delete: operations["Team_remove"];
        options?: never;
        head?: never;
        /** Change a member's role (effective on their next request); the last owner cannot lose it (409) */
        patch: operations["Team_changeRole"];
        trace?: never;
    };
    "/v1/team/members/{member_id}/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new invite link for a member who has not set a password yet (earlier links stop working); one who has gets 409 invite_already_accepted. Admins: support and viewer members only */
        post: operations["MemberLinks_reissueInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/team/members/{member_id}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Private Telegram notifications of a linked member: assigned to them, customer wrote on their ticket (both on by default). The member themselves, or admin+; 409 `telegram_not_linked` without a linked account */
        put: operations["MemberTelegram_notifications"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/team/members/{member_id}/reset-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A one-time password-reset link (24 h) for a member who forgot theirs; it is set with POST /v1/auth/accept-invite like an invite. Admins: support and viewer members only */
        post: operations["MemberLinks_resetLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/team/members/{member_id}/telegram": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unlink the member's Telegram account (the member themselves, or admin+) */
        delete: operations["MemberTelegram_unlink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/team/members/{member_id}/telegram-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A one-time code (1 h) linking the member's own Telegram account: `telegram_link` opens the bot with `start=member_<code>`. The member themselves, or admin+ */
        post: operations["MemberTelegram_linkCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/team/transfer-ownership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Signed-in owner only: make another member owner and yourself admin, atomically. With `password` (re-entered) it happens now (200); without it, an owner with a linked Telegram account gets a 6-digit code from the bot (202, valid 10 minutes) to send to /transfer-ownership/confirm */
        post: operations["Team_transferOwnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/team/transfer-ownership/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Signed-in owner only: finish an ownership transfer with the code the bot sent. A wrong code → 403 otp_mismatch; the 5th wrong code voids it, and an expired or used one is gone → 410 otp_gone */
        post: operations["Team_confirmOwnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's webhook, with its signing secret (404 when none is set) */
        get: operations["Webhooks_get"];
        /** Set the webhook (one per project). The secret is generated on creation and kept on updates. */
        put: operations["Webhooks_put"];
        post?: never;
        /** Delete the webhook; events from now on are not sent */
        delete: operations["Webhooks_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery log: one entry per attempt, newest first */
        get: operations["Webhooks_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook/deliveries/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the event of this attempt again, now; returns the new attempt */
        post: operations["Webhooks_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptInviteDto: {
            password: string;
            /** @description The token: the last part of the invite URL */
            token: string;
        };
        ApplyMacroDto: {
            /**
             * Format: uuid
             * @description With the API key: the member the text is written as (a session is always its own member)
             */
            member_id?: string | null;
        };
        AssignDto: {
            /**
             * Format: uuid
             * @description Team member id; null or omitted removes the assignment
             */
            assigned_to?: string | null;
        };
        BulkDto: {
            /** @enum {string} */
            action: "close" | "set_status" | "assign" | "set_priority" | "add_tag" | "remove_tag";
            ticket_ids: string[];
            /** @description set_status: a status; assign: a member id or null; set_priority: a priority; add_tag/remove_tag: a tag (1..64 characters); close: omitted */
            value?: string | null;
        };
        BulkResultResponse: {
            /** @description Tickets that actually changed */
            affected: number;
        };
        BusinessHoursDto: {
            /**
             * @description YYYY-MM-DD local dates: windows opening on them do not count
             * @example [
             *       "2026-12-31"
             *     ]
             */
            holidays?: string[];
            /**
             * @description IANA time zone
             * @example Europe/Moscow
             */
            timezone: string;
            week: components["schemas"]["BusinessWeekDto"];
        };
        BusinessHoursResponse: {
            holidays: string[];
            timezone: string;
            week: components["schemas"]["BusinessWeekResponse"];
        };
        BusinessWeekDto: {
            /** @description absent: closed */
            fri?: components["schemas"]["BusinessWindowDto"][];
            /** @description absent: closed */
            mon?: components["schemas"]["BusinessWindowDto"][];
            /** @description absent: closed */
            sat?: components["schemas"]["BusinessWindowDto"][];
            /** @description absent: closed */
            sun?: components["schemas"]["BusinessWindowDto"][];
            /** @description absent: closed */
            thu?: components["schemas"]["BusinessWindowDto"][];
            /** @description absent: closed */
            tue?: components["schemas"]["BusinessWindowDto"][];
            /** @description absent: closed */
            wed?: components["schemas"]["BusinessWindowDto"][];
        };
        BusinessWeekResponse: {
            fri: components["schemas"]["BusinessWindowResponse"][];
            mon: components["schemas"]["BusinessWindowResponse"][];
            sat: components["schemas"]["BusinessWindowResponse"][];
            sun: components["schemas"]["BusinessWindowResponse"][];
            thu: components["schemas"]["BusinessWindowResponse"][];
            tue: components["schemas"]["BusinessWindowResponse"][];
            wed: components["schemas"]["BusinessWindowResponse"][];
        };
        BusinessWindowDto: {
            /**
             * @description HH:MM local time the window opens
             * @example 09:00
             */
            from: string;
            /**
             * @description HH:MM it closes; earlier than `from`: the next day (spans midnight); "24:00": end of the day
             * @example 18:00
             */
            to: string;
        };
        BusinessWindowResponse: {
            from: string;
            to: string;
        };
        CannedResponseListResponse: {
            canned_responses: components["schemas"]["CannedResponseResponse"][];
        };
        CannedResponseResponse: {
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            /** @example /hi */
            shortcut: string | null;
            /** @example Hello, {{first_name}}! How can we help? */
            text: string;
            /** @example Greeting */
            title: string;
            /** Format: date-time */
            updated_at: string;
            /** @description The variables the text uses, each once */
            variables: ("first_name" | "username" | "ticket_number" | "subject" | "agent_name" | "project_name")[];
        };
        ChangePriorityDto: {
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
        };
        ChangeRoleDto: {
            /**
             * @example admin
             * @enum {string}
             */
            role: "owner" | "admin" | "support" | "viewer";
        };
        ChangeStatusDto: {
            /** @enum {string} */
            status: "new" | "in_progress" | "waiting" | "closed";
        };
        ConfirmOwnershipDto: {
            /**
             * @description The 6-digit code the bot sent to your Telegram
             * @example 042117
             */
            code: string;
            /**
             * Format: uuid
             * @description The member who becomes owner (the one the code was sent for)
             */
            member_id: string;
        };
        CreateCannedResponseDto: {
            /**
             * @description Quick-insert shortcut, unique per project case-insensitively (409); stored lower-cased
             * @example /hi
             */
            shortcut?: string | null;
            /**
             * @description Plain text, at most 4096 characters. Variables: {{first_name}}, {{username}}, {{ticket_number}}, {{subject}}, {{agent_name}}, {{project_name}} (spaces inside the braces allowed). Any other {{…}} is rejected (422).
             * @example Hello, {{first_name}}! How can we help?
             */
            text: string;
            /** @example Greeting */
            title: string;
        };
        CreateCustomFieldDto: {
            /** @description Default true; a disabled field takes no new values */
            enabled?: boolean;
            /**
             * @description Unique per project; not changeable
             * @example order_id
             */
            key: string;
            /** @example Order number */
            label: string;
            /**
             * @description The choices of a select field (at least one); not allowed for the other types
             * @example [
             *       "Mobile",
             *       "Web"
             *     ]
             */
            options?: string[];
            /** @description A ticket cannot be closed while the field is unset (default false) */
            required_to_close?: boolean;
            /**
             * @description Not changeable
             * @enum {string}
             */
            type: "text" | "number" | "checkbox" | "date" | "select";
        };
        CreatedTeamMemberResponse: {
            /** Format: date-time */
            created_at: string;
            email: string;
            /** Format: uuid */
            id: string;
            /**
             * @description `pending` until the member sets a password through an invite link
             * @enum {string}
             */
            invite_status: "pending" | "accepted";
            /** @description One-time link (valid 7 days) where the member sets a password: `<PUBLIC_URL>/invite/<token>`. Shown only now. */
            invite_url: string;
            name: string;
            /** @enum {string} */
            role: "owner" | "admin" | "support" | "viewer";
            /** @description The member's linked Telegram account (team chat); null when none is linked */
            telegram: components["schemas"]["MemberTelegramLink"] | null;
        };
        CreateHelpdeskRequestDto: {
            /**
             * @description Preferred messenger; omitted → both links
             * @enum {string}
             */
            channel?: "telegram" | "max";
            /**
             * Format: uuid
             * @description Ticket type pre-selected on the ticket creation screen
             */
            ticket_type_id?: string;
        };
        CreateMacroDto: {
            actions?: components["schemas"]["MacroActionsDto"];
            /** @description The text goes in as an internal note. Default: false. */
            internal?: boolean;
            /** @example Refund done */
            name: string;
            /** @description Reply or note text, at most 4096 characters, with the canned-response variables {{first_name}}, {{username}}, {{ticket_number}}, {{subject}}, {{agent_name}}, {{project_name}}; null: the macro only changes the ticket */
            text?: string | null;
        };
        CreateRoutingRuleDto: {
            /**
             * @description Non-empty; everything present is applied. Unknown keys or bad values → 422 naming the key
             * @example {
             *       "set_priority": "high"
             *     }
             */
            action: components["schemas"]["RoutingActionSchema"];
            /**
             * @description Non-empty; every key present must hold (AND). Unknown keys or bad values → 422 naming the key
             * @example {
             *       "ticket_type": "bug"
             *     }
             */
            condition: components["schemas"]["RoutingConditionSchema"];
            /** @description Default: true. */
            enabled?: boolean;
            /** @example Urgent bugs to manager */
            name: string;
            /**
             * @description Lower runs first. Default: 0.
             * @example 1
             */
            order_index?: number;
        };
        CreateSavedViewDto: {
            /**
             * @description The ticket list's query parameters (GET /v1/helpdesk/tickets), as strings: up to 20, names of `[a-z][a-z0-9_]*` up to 64 characters, values up to 500 characters. Checked again when the list runs
             * @example {
             *       "status": "new",
             *       "priority": "urgent",
             *       "sort": "sla_due",
             *       "order": "asc"
             *     }
             */
            filters: {
                [key: string]: string;
            };
            /** @example My urgent tickets */
            name: string;
        };
        CreateTeamMemberDto: {
            /** @example anna@example.com */
            email: string;
            /** @example Anna */
            name: string;
            /**
             * @description An admin may add support and viewer members only (403 role_not_manageable)
             * @example support
             * @enum {string}
             */
            role: "owner" | "admin" | "support" | "viewer";
        };
        CreateTicketDto: {
            /**
             * @description Default: "virtual".
             * @enum {string}
             */
            channel?: "telegram" | "max" | "virtual";
            /**
             * Format: int64
             * @description Messenger chat id. Required for telegram/max
             */
            chat_id?: number;
            /**
             * @description Custom field values by key (GET /v1/helpdesk/custom-fields); 422 invalid_custom_field if wrong
             * @example {
             *       "order_id": "A-1042"
             *     }
             */
            custom_fields?: {
                [key: string]: unknown;
            };
            /** @example John */
            first_name?: string;
            /** @example Login issue */
            subject?: string;
            /**
             * @description First message text
             * @example Verification code not arriving
             */
            text: string;
            /**
             * Format: uuid
             * @description Ticket type id (GET /v1/helpdesk/ticket-types)
             */
            ticket_type_id?: string | null;
            /** @example ivan_p */
            username?: string;
        };
        CreateTicketTypeDto: {
            /** @example Bug reports */
            description?: string | null;
            /**
             * @description Unique per project, case-insensitively
             * @example Bug
             */
            name: string;
            /**
             * @description Default: 0.
             * @example 1
             */
            sort_order?: number;
        };
        CreditsResponse: {
            /**
             * @description Purchased credits left; used after the free ones, they do not expire
             * @example 500
             */
            balance: number;
            /**
             * @description Free credits every project gets per calendar month (FREE_CREDITS_PER_MONTH)
             * @example 100
             */
            free_monthly: number;
            /**
             * @description Free credits used this month
             * @example 37
             */
            free_used: number;
            /**
             * Format: date-time
             * @description Start of the current month (00:00 UTC on the 1st)
             * @example 2026-12-01T00:00:00.000Z
             */
            period_start: string;
            /**
             * @description Credits left in total: free left this month plus the purchased balance
             * @example 563
             */
            remaining: number;
            /**
             * @description Public agent replies charged this month (free and purchased)
             * @example 37
             */
            replies_this_month: number;
        };
        CustomerDetailsResponse: {
            blocked: boolean;
            /** @enum {string} */
            channel: "telegram" | "max" | "virtual";
            /** @example 123456789 */
            chat_id: number | null;
            /**
             * @description Average CSAT of their rated tickets
             * @example 4.5
             */
            csat_average: number | null;
            /** @example Anna */
            first_name: string | null;
            /** Format: date-time */
            first_seen_at: string;
            /**
             * Format: uuid
             * @description The customer's id: a ticket's subscriber_id
             */
            id: string;
            /**
             * @description The messenger's language code
             * @example ru
             */
            language: string | null;
            last_name: string | null;
            /**
             * Format: date-time
             * @description Their last message (or first contact)
             */
            last_seen_at: string;
            note: string | null;
            /** @description Their newest tickets, up to 20 */
            recent_tickets: components["schemas"]["CustomerTicketResponse"][];
            tickets: components["schemas"]["CustomerTicketCounts"];
            /** @example anna */
            username: string | null;
        };
        CustomerErasedData: {
            /** Format: uuid */
            customer_id: string;
            /** Format: date-time */
            erased_at: string;
        };
        CustomerErasedWebhookEvent: {
            data: components["schemas"]["CustomerErasedData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "customer.erased";
            /**
             * Format: date-time
             * @example 2026-12-01T10:00:00.000Z
             */
            timestamp: string;
        };
        CustomerListResponse: {
            customers: components["schemas"]["CustomerResponse"][];
            /** @description Pass as `cursor` for the next page; null at the end */
            next_cursor: string | null;
        };
        CustomerReplyDto: {
            /** @example Still not working */
            text: string;
        };
        CustomerResponse: {
            blocked: boolean;
            /** @enum {string} */
            channel: "telegram" | "max" | "virtual";
            /** @example 123456789 */
            chat_id: number | null;
            /**
             * @description Average CSAT of their rated tickets
             * @example 4.5
             */
            csat_average: number | null;
            /** @example Anna */
            first_name: string | null;
            /** Format: date-time */
            first_seen_at: string;
            /**
             * Format: uuid
             * @description The customer's id: a ticket's subscriber_id
             */
            id: string;
            /**
             * @description The messenger's language code
             * @example ru
             */
            language: string | null;
            last_name: string | null;
            /**
             * Format: date-time
             * @description Their last message (or first contact)
             */
            last_seen_at: string;
            note: string | null;
            tickets: components["schemas"]["CustomerTicketCounts"];
            /** @example anna */
            username: string | null;
        };
        CustomerTicketCounts: {
            /** @description Tickets not closed */
            open: number;
            total: number;
        };
        CustomerTicketResponse: {
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "new" | "in_progress" | "waiting" | "closed";
            subject: string | null;
            ticket_number: number;
        };
        CustomFieldListResponse: {
            custom_fields: components["schemas"]["CustomFieldResponse"][];
        };
        CustomFieldResponse: {
            enabled: boolean;
            /** Format: uuid */
            id: string;
            /** @example order_id */
            key: string;
            /** @example Order number */
            label: string;
            /** @description Choices of a select field; empty otherwise */
            options: string[];
            required_to_close: boolean;
            /** @enum {string} */
            type: "text" | "number" | "checkbox" | "date" | "select";
        };
        ErrorBody: {
            /**
             * @description Stable machine-readable kind of error:
             *     - `malformed_json`: The body is not valid JSON
             *     - `validation_failed`: A field is missing, of the wrong type, unknown (400) or has an unacceptable value (422); see details
             *     - `nul_character`: A string contains U+0000, which cannot be stored
             *     - `invalid_unicode`: A string contains a lone UTF-16 surrogate (not valid Unicode)
             *     - `malformed_path`: A path segment is not valid percent-encoding
             *     - `body_too_large`: The body is larger than 1 MiB
             *     - `json_too_complex`: The JSON nests deeper than 32 levels, or one object or array holds more than 1000 entries
             *     - `unsupported_media_type`: A POST/PUT/PATCH body that is not application/json (or a body without Content-Type)
             *     - `unsupported_content_encoding`: Content-Encoding other than identity, gzip, deflate or br
             *     - `malformed_content_encoding`: The body is not valid for its Content-Encoding (corrupt gzip, deflate or br)
             *     - `unsupported_charset`: A charset other than UTF-8
             *     - `request_aborted`: The client closed the request before the body arrived
             *     - `request_timeout`: A body other than multipart did not arrive within HTTP_JSON_BODY_TIMEOUT_MS (408, retryable)
             *     - `route_not_found`: No such route
             *     - `method_not_allowed`: The route does not accept this method
             *     - `value_out_of_range`: A value passed validation but is out of the range the database can hold
             *     - `bad_request`: The request was refused before it reached the API
             *     - `api_key_missing`: No Authorization: Bearer header
             *     - `api_key_malformed`: The bearer token is not of the form zn_live_<32 letters and digits>
             *     - `api_key_invalid`: No project has this API key (or it was rotated)
             *     - `messenger_secret_invalid`: The messenger webhook secret header is missing or wrong
             *     - `messenger_bot_disabled`: The messenger bot is not configured on this server
             *     - `metrics_token_invalid`: GET /metrics needs Authorization: Bearer <METRICS_TOKEN>
             *     - `rate_limited`: Over the request budget of the API key or of this member session (an MCP batch counts each call); retry after Retry-After seconds
             *     - `internal_error`: An unexpected server failure (retryable)
             *     - `project_not_found`: No such project
             *     - `invalid_project_name`: A project name must be 1 to 200 characters
             *     - `invalid_project_slug`: A slug must be 1 to 40 lower-case letters, digits or dashes
             *     - `project_slug_taken`: Another project has this slug
             *     - `helpdesk_disabled`: The helpdesk module is disabled for this project
             *     - `ticket_creation_disabled`: Customers may not create tickets in this project
             *     - `invalid_time_zone`: business_hours.timezone is not an IANA time zone
             *     - `invalid_business_window`: A business_hours window is not HH:MM to HH:MM (to may be 24:00) or opens when it closes
             *     - `overlapping_business_windows`: Two business_hours windows overlap (a window past midnight counts on the next day)
             *     - `invalid_holiday_date`: A business_hours holiday is not a real YYYY-MM-DD date
             *     - `empty_business_week`: business_hours has no window on any day
             *     - `ticket_not_found`: No such ticket in this project
             *     - `ticket_not_in_project`: ticket_id in the body is not a ticket of this project
             *     - `ticket_changed`: Newer messages arrived after the reply's after_message_id: nothing was stored or charged; see messages
             *     - `after_message_not_in_ticket`: after_message_id is not a message of this ticket
             *     - `ticket_not_virtual`: The action is only for tickets of the virtual channel
             *     - `chat_id_required`: chat_id is required for telegram and max tickets
             *     - `chat_not_subscribed`: The chat never contacted this project (help link, accepted request, or a message in one of its tickets)
             *     - `channel_not_configured`: The ticket's messenger has no bot on this server: a reply could not be delivered
             *     - `malformed_cursor`: cursor is not a next_cursor of a previous page
             *     - `cursor_sort_mismatch`: The cursor came from a list with another sort or order (422)
             *     - `invalid_paging`: limit or offset out of range
             *     - `reply_text_required`: Exactly one of text and canned_response_id is required
             *     - `canned_render_invalid`: The canned response renders to an empty or too long text for this ticket
             *     - `invalid_bulk_value`: The bulk value does not fit the action
             *     - `bulk_limit_exceeded`: ticket_ids is empty or holds more than 100 ids
             *     - `invalid_tag`: A tag must be 1 to 50 characters
             *     - `idempotency_key_invalid`: Idempotency-Key must be 1 to 255 visible ASCII characters
             *     - `idempotency_key_reused`: The Idempotency-Key was already used with a different request
             *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry later
             *     - `member_not_found`: No such team member in this project
             *     - `member_not_in_project`: A member id in the body is not a member of this project
             *     - `member_exists`: A member with this e-mail already exists in the project
             *     - `last_owner`: The last owner of a project cannot be removed
             *     - `ticket_type_not_found`: No such ticket type in this project
             *     - `ticket_type_name_taken`: Another ticket type has this name
             *     - `ticket_type_not_usable`: ticket_type_id is not an enabled ticket type of this project
             *     - `ticket_type_limit_reached`: The project has the maximum number of ticket types
             *     - `macro_not_found`: No macro with this id in the project
             *     - `macro_assign_me_needs_member`: A macro that assigns to "me" was applied with an API key (422): no member to assign
             *     - `macro_limit_reached`: The project already has the maximum number of macros (200)
             *     - `canned_response_not_found`: No such canned response in this project
             *     - `canned_response_not_in_project`: canned_response_id is not a canned response of this project
             *     - `canned_shortcut_taken`: Another canned response uses this shortcut
             *     - `canned_unknown_variable`: The text uses a {{variable}} that does not exist; see details.unknown_variables
             *     - `canned_response_limit_reached`: The project has the maximum number of canned responses
             *     - `routing_rule_not_found`: No such routing rule in this project
             *     - `invalid_routing_rule`: The condition or action of a routing rule is not valid
             *     - `routing_rule_limit_reached`: The project has the maximum number of routing rules
             *     - `subscriber_not_found`: No such customer (subscriber) in this project
             *     - `customer_not_found`: No such customer in this project (or it was erased)
             *     - `custom_field_not_found`: No such custom field in this project
             *     - `custom_field_key_taken`: Another custom field of the project has this key
             *     - `invalid_custom_field_definition`: A select field without options, options on another type, a changed key or type, or too many fields
             *     - `invalid_custom_field`: A custom field value of the wrong type, an unknown key or an option not offered
             *     - `custom_field_required`: The ticket cannot be closed while a field required to close is unset
             *     - `helpdesk_request_not_found`: No such helpdesk request in this project
             *     - `ticket_not_closed`: Only a closed ticket can be rated
             *     - `csat_already_rated`: This closing of the ticket has already been rated
             *     - `invalid_csat_rating`: rating must be an integer from 1 to 5
             *     - `invalid_date_range`: from must not be after to
             *     - `date_range_too_long`: A report covers at most 400 days (from..to, both included)
             *     - `unknown_time_zone`: timezone is not an IANA time zone name (such as Europe/Moscow)
             *     - `no_credits_left`: A public reply needs a credit and the project has none left (402); nothing was stored or sent
             *     - `credit_balance_too_large`: A top-up would take the purchased balance past its maximum
             *     - `webhook_not_found`: No webhook is configured
             *     - `webhook_delivery_not_found`: No such webhook delivery in this project
             *     - `invalid_webhook_url`: The webhook URL is not http(s), or points to a private address
             *     - `no_webhook`: No webhook is configured for this project
             *     - `login_throttled`: Too many wrong passwords in 15 minutes: 10 for one e-mail from one client address, 100 from one address (SIGN_IN_FAILURES_PER_ADDRESS), or 10 re-entered by one member; retry after Retry-After seconds
             *     - `password_check_busy`: Too many passwords are being checked at once (a sign-in flood), 429; retry after Retry-After (1 second)
             *     - `invalid_credentials`: Wrong e-mail or password (the same answer for both)
             *     - `session_invalid`: The session cookie is unknown, expired or signed out (or its member was removed)
             *     - `session_required`: The endpoint needs a signed-in member session
             *     - `invite_already_accepted`: The member has set a password already: a password-reset link is the way back
             *     - `saved_view_not_found`: No such saved view of yours
             *     - `too_many_saved_views`: A member keeps at most 50 saved views
             *     - `api_key_required`: The endpoint needs the project API key, not a session (/mcp)
             *     - `project_required`: The e-mail belongs to several projects: send the project slug
             *     - `permission_denied`: The member's role may not do this (403)
             *     - `permission_not_declared`: The route declares no permission, so it is refused (fail closed)
             *     - `cross_origin_request`: A cookie-authenticated change without an Origin of this server (CSRF)
             *     - `invite_not_found`: No such invite
             *     - `invite_used`: The invite was already used (410)
             *     - `invite_expired`: The invite is older than 7 days (410)
             *     - `role_not_manageable`: Only an owner may add, remove or change admins and owners
             *     - `password_mismatch`: The re-entered password is wrong
             *     - `transfer_to_self`: Ownership cannot be transferred to yourself
             *     - `not_owner`: Only an owner may transfer ownership
             *     - `attachment_not_found`: No such attachment on this ticket
             *     - `attachment_unavailable`: The messenger refused the file (for example over 20 MB); see the attachment error
             *     - `attachment_fetch_failed`: The messenger could not be reached to fetch the file (502); retry
             *     - `malformed_multipart`: The multipart/form-data body is broken
             *     - `unexpected_part`: A multipart part other than text, internal, member_id, after_message_id or files
             *     - `file_too_large`: A file is larger than 20 MiB (413)
             *     - `too_many_files`: More than 10 files in one reply
             *     - `empty_file`: A file part is empty
             *     - `unsupported_file_type`: A file of a type the messenger cannot send (415)
             *     - `idempotency_lease_lost`: The Idempotency-Key was taken over by a retry while this request ran; nothing was committed
             *     - `not_your_member`: Only admins and owners may manage another member's Telegram link or notifications
             *     - `telegram_not_linked`: The member has no linked Telegram account
             *     - `password_required`: Ownership transfer: the owner has no linked Telegram account, so the password is required
             *     - `otp_mismatch`: Ownership transfer: the code is wrong
             *     - `otp_gone`: Ownership transfer: no valid code (expired after 10 minutes, used, or voided by the 5th wrong try)
             * @example validation_failed
             */
            code: components["schemas"]["ErrorCode"];
            /** @description Extra facts about the error. `validation_failed` and `invalid_webhook_url`: an array of `{field, reason}`; `canned_unknown_variable`: `{unknown_variables: string[]}`. */
            details?: components["schemas"]["FieldProblem"][] | {
                unknown_variables: string[];
            };
            /**
             * @description Human-readable; may change. Branch on `code`.
             * @example text is required
             */
            error: string;
            /** @description `ticket_changed` only: the messages newer than the reply's `after_message_id` (oldest first), sent back instead of the reply */
            messages?: components["schemas"]["TicketMessageResponse"][];
            /**
             * @description true for 429 and 5xx: the same request may succeed later
             * @example false
             */
            retryable: boolean;
        };
        /**
         * @description Stable machine-readable kind of error:
         *     - `malformed_json`: The body is not valid JSON
         *     - `validation_failed`: A field is missing, of the wrong type, unknown (400) or has an unacceptable value (422); see details
         *     - `nul_character`: A string contains U+0000, which cannot be stored
         *     - `invalid_unicode`: A string contains a lone UTF-16 surrogate (not valid Unicode)
         *     - `malformed_path`: A path segment is not valid percent-encoding
         *     - `body_too_large`: The body is larger than 1 MiB
         *     - `json_too_complex`: The JSON nests deeper than 32 levels, or one object or array holds more than 1000 entries
         *     - `unsupported_media_type`: A POST/PUT/PATCH body that is not application/json (or a body without Content-Type)
         *     - `unsupported_content_encoding`: Content-Encoding other than identity, gzip, deflate or br
         *     - `malformed_content_encoding`: The body is not valid for its Content-Encoding (corrupt gzip, deflate or br)
         *     - `unsupported_charset`: A charset other than UTF-8
         *     - `request_aborted`: The client closed the request before the body arrived
         *     - `request_timeout`: A body other than multipart did not arrive within HTTP_JSON_BODY_TIMEOUT_MS (408, retryable)
         *     - `route_not_found`: No such route
         *     - `method_not_allowed`: The route does not accept this method
         *     - `value_out_of_range`: A value passed validation but is out of the range the database can hold
         *     - `bad_request`: The request was refused before it reached the API
         *     - `api_key_missing`: No Authorization: Bearer header
         *     - `api_key_malformed`: The bearer token is not of the form zn_live_<32 letters and digits>
         *     - `api_key_invalid`: No project has this API key (or it was rotated)
         *     - `messenger_secret_invalid`: The messenger webhook secret header is missing or wrong
         *     - `messenger_bot_disabled`: The messenger bot is not configured on this server
         *     - `metrics_token_invalid`: GET /metrics needs Authorization: Bearer <METRICS_TOKEN>
         *     - `rate_limited`: Over the request budget of the API key or of this member session (an MCP batch counts each call); retry after Retry-After seconds
         *     - `internal_error`: An unexpected server failure (retryable)
         *     - `project_not_found`: No such project
         *     - `invalid_project_name`: A project name must be 1 to 200 characters
         *     - `invalid_project_slug`: A slug must be 1 to 40 lower-case letters, digits or dashes
         *     - `project_slug_taken`: Another project has this slug
         *     - `helpdesk_disabled`: The helpdesk module is disabled for this project
         *     - `ticket_creation_disabled`: Customers may not create tickets in this project
         *     - `invalid_time_zone`: business_hours.timezone is not an IANA time zone
         *     - `invalid_business_window`: A business_hours window is not HH:MM to HH:MM (to may be 24:00) or opens when it closes
         *     - `overlapping_business_windows`: Two business_hours windows overlap (a window past midnight counts on the next day)
         *     - `invalid_holiday_date`: A business_hours holiday is not a real YYYY-MM-DD date
         *     - `empty_business_week`: business_hours has no window on any day
         *     - `ticket_not_found`: No such ticket in this project
         *     - `ticket_not_in_project`: ticket_id in the body is not a ticket of this project
         *     - `ticket_changed`: Newer messages arrived after the reply's after_message_id: nothing was stored or charged; see messages
         *     - `after_message_not_in_ticket`: after_message_id is not a message of this ticket
         *     - `ticket_not_virtual`: The action is only for tickets of the virtual channel
         *     - `chat_id_required`: chat_id is required for telegram and max tickets
         *     - `chat_not_subscribed`: The chat never contacted this project (help link, accepted request, or a message in one of its tickets)
         *     - `channel_not_configured`: The ticket's messenger has no bot on this server: a reply could not be delivered
         *     - `malformed_cursor`: cursor is not a next_cursor of a previous page
         *     - `cursor_sort_mismatch`: The cursor came from a list with another sort or order (422)
         *     - `invalid_paging`: limit or offset out of range
         *     - `reply_text_required`: Exactly one of text and canned_response_id is required
         *     - `canned_render_invalid`: The canned response renders to an empty or too long text for this ticket
         *     - `invalid_bulk_value`: The bulk value does not fit the action
         *     - `bulk_limit_exceeded`: ticket_ids is empty or holds more than 100 ids
         *     - `invalid_tag`: A tag must be 1 to 50 characters
         *     - `idempotency_key_invalid`: Idempotency-Key must be 1 to 255 visible ASCII characters
         *     - `idempotency_key_reused`: The Idempotency-Key was already used with a different request
         *     - `idempotency_in_progress`: A request with this Idempotency-Key is still running; retry later
         *     - `member_not_found`: No such team member in this project
         *     - `member_not_in_project`: A member id in the body is not a member of this project
         *     - `member_exists`: A member with this e-mail already exists in the project
         *     - `last_owner`: The last owner of a project cannot be removed
         *     - `ticket_type_not_found`: No such ticket type in this project
         *     - `ticket_type_name_taken`: Another ticket type has this name
         *     - `ticket_type_not_usable`: ticket_type_id is not an enabled ticket type of this project
         *     - `ticket_type_limit_reached`: The project has the maximum number of ticket types
         *     - `macro_not_found`: No macro with this id in the project
         *     - `macro_assign_me_needs_member`: A macro that assigns to "me" was applied with an API key (422): no member to assign
         *     - `macro_limit_reached`: The project already has the maximum number of macros (200)
         *     - `canned_response_not_found`: No such canned response in this project
         *     - `canned_response_not_in_project`: canned_response_id is not a canned response of this project
         *     - `canned_shortcut_taken`: Another canned response uses this shortcut
         *     - `canned_unknown_variable`: The text uses a {{variable}} that does not exist; see details.unknown_variables
         *     - `canned_response_limit_reached`: The project has the maximum number of canned responses
         *     - `routing_rule_not_found`: No such routing rule in this project
         *     - `invalid_routing_rule`: The condition or action of a routing rule is not valid
         *     - `routing_rule_limit_reached`: The project has the maximum number of routing rules
         *     - `subscriber_not_found`: No such customer (subscriber) in this project
         *     - `customer_not_found`: No such customer in this project (or it was erased)
         *     - `custom_field_not_found`: No such custom field in this project
         *     - `custom_field_key_taken`: Another custom field of the project has this key
         *     - `invalid_custom_field_definition`: A select field without options, options on another type, a changed key or type, or too many fields
         *     - `invalid_custom_field`: A custom field value of the wrong type, an unknown key or an option not offered
         *     - `custom_field_required`: The ticket cannot be closed while a field required to close is unset
         *     - `helpdesk_request_not_found`: No such helpdesk request in this project
         *     - `ticket_not_closed`: Only a closed ticket can be rated
         *     - `csat_already_rated`: This closing of the ticket has already been rated
         *     - `invalid_csat_rating`: rating must be an integer from 1 to 5
         *     - `invalid_date_range`: from must not be after to
         *     - `date_range_too_long`: A report covers at most 400 days (from..to, both included)
         *     - `unknown_time_zone`: timezone is not an IANA time zone name (such as Europe/Moscow)
         *     - `no_credits_left`: A public reply needs a credit and the project has none left (402); nothing was stored or sent
         *     - `credit_balance_too_large`: A top-up would take the purchased balance past its maximum
         *     - `webhook_not_found`: No webhook is configured
         *     - `webhook_delivery_not_found`: No such webhook delivery in this project
         *     - `invalid_webhook_url`: The webhook URL is not http(s), or points to a private address
         *     - `no_webhook`: No webhook is configured for this project
         *     - `login_throttled`: Too many wrong passwords in 15 minutes: 10 for one e-mail from one client address, 100 from one address (SIGN_IN_FAILURES_PER_ADDRESS), or 10 re-entered by one member; retry after Retry-After seconds
         *     - `password_check_busy`: Too many passwords are being checked at once (a sign-in flood), 429; retry after Retry-After (1 second)
         *     - `invalid_credentials`: Wrong e-mail or password (the same answer for both)
         *     - `session_invalid`: The session cookie is unknown, expired or signed out (or its member was removed)
         *     - `session_required`: The endpoint needs a signed-in member session
         *     - `invite_already_accepted`: The member has set a password already: a password-reset link is the way back
         *     - `saved_view_not_found`: No such saved view of yours
         *     - `too_many_saved_views`: A member keeps at most 50 saved views
         *     - `api_key_required`: The endpoint needs the project API key, not a session (/mcp)
         *     - `project_required`: The e-mail belongs to several projects: send the project slug
         *     - `permission_denied`: The member's role may not do this (403)
         *     - `permission_not_declared`: The route declares no permission, so it is refused (fail closed)
         *     - `cross_origin_request`: A cookie-authenticated change without an Origin of this server (CSRF)
         *     - `invite_not_found`: No such invite
         *     - `invite_used`: The invite was already used (410)
         *     - `invite_expired`: The invite is older than 7 days (410)
         *     - `role_not_manageable`: Only an owner may add, remove or change admins and owners
         *     - `password_mismatch`: The re-entered password is wrong
         *     - `transfer_to_self`: Ownership cannot be transferred to yourself
         *     - `not_owner`: Only an owner may transfer ownership
         *     - `attachment_not_found`: No such attachment on this ticket
         *     - `attachment_unavailable`: The messenger refused the file (for example over 20 MB); see the attachment error
         *     - `attachment_fetch_failed`: The messenger could not be reached to fetch the file (502); retry
         *     - `malformed_multipart`: The multipart/form-data body is broken
         *     - `unexpected_part`: A multipart part other than text, internal, member_id, after_message_id or files
         *     - `file_too_large`: A file is larger than 20 MiB (413)
         *     - `too_many_files`: More than 10 files in one reply
         *     - `empty_file`: A file part is empty
         *     - `unsupported_file_type`: A file of a type the messenger cannot send (415)
         *     - `idempotency_lease_lost`: The Idempotency-Key was taken over by a retry while this request ran; nothing was committed
         *     - `not_your_member`: Only admins and owners may manage another member's Telegram link or notifications
         *     - `telegram_not_linked`: The member has no linked Telegram account
         *     - `password_required`: Ownership transfer: the owner has no linked Telegram account, so the password is required
         *     - `otp_mismatch`: Ownership transfer: the code is wrong
         *     - `otp_gone`: Ownership transfer: no valid code (expired after 10 minutes, used, or voided by the 5th wrong try)
         * @enum {string}
         */
        ErrorCode: "malformed_json" | "validation_failed" | "nul_character" | "invalid_unicode" | "malformed_path" | "body_too_large" | "json_too_complex" | "unsupported_media_type" | "unsupported_content_encoding" | "malformed_content_encoding" | "unsupported_charset" | "request_aborted" | "request_timeout" | "route_not_found" | "method_not_allowed" | "value_out_of_range" | "bad_request" | "api_key_missing" | "api_key_malformed" | "api_key_invalid" | "messenger_secret_invalid" | "messenger_bot_disabled" | "metrics_token_invalid" | "rate_limited" | "internal_error" | "project_not_found" | "invalid_project_name" | "invalid_project_slug" | "project_slug_taken" | "helpdesk_disabled" | "ticket_creation_disabled" | "invalid_time_zone" | "invalid_business_window" | "overlapping_business_windows" | "invalid_holiday_date" | "empty_business_week" | "ticket_not_found" | "ticket_not_in_project" | "ticket_changed" | "after_message_not_in_ticket" | "ticket_not_virtual" | "chat_id_required" | "chat_not_subscribed" | "channel_not_configured" | "malformed_cursor" | "cursor_sort_mismatch" | "invalid_paging" | "reply_text_required" | "canned_render_invalid" | "invalid_bulk_value" | "bulk_limit_exceeded" | "invalid_tag" | "idempotency_key_invalid" | "idempotency_key_reused" | "idempotency_in_progress" | "member_not_found" | "member_not_in_project" | "member_exists" | "last_owner" | "ticket_type_not_found" | "ticket_type_name_taken" | "ticket_type_not_usable" | "ticket_type_limit_reached" | "macro_not_found" | "macro_assign_me_needs_member" | "macro_limit_reached" | "canned_response_not_found" | "canned_response_not_in_project" | "canned_shortcut_taken" | "canned_unknown_variable" | "canned_response_limit_reached" | "routing_rule_not_found" | "invalid_routing_rule" | "routing_rule_limit_reached" | "subscriber_not_found" | "customer_not_found" | "custom_field_not_found" | "custom_field_key_taken" | "invalid_custom_field_definition" | "invalid_custom_field" | "custom_field_required" | "helpdesk_request_not_found" | "ticket_not_closed" | "csat_already_rated" | "invalid_csat_rating" | "invalid_date_range" | "date_range_too_long" | "unknown_time_zone" | "no_credits_left" | "credit_balance_too_large" | "webhook_not_found" | "webhook_delivery_not_found" | "invalid_webhook_url" | "no_webhook" | "login_throttled" | "password_check_busy" | "invalid_credentials" | "session_invalid" | "session_required" | "invite_already_accepted" | "saved_view_not_found" | "too_many_saved_views" | "api_key_required" | "project_required" | "permission_denied" | "permission_not_declared" | "cross_origin_request" | "invite_not_found" | "invite_used" | "invite_expired" | "role_not_manageable" | "password_mismatch" | "transfer_to_self" | "not_owner" | "attachment_not_found" | "attachment_unavailable" | "attachment_fetch_failed" | "malformed_multipart" | "unexpected_part" | "file_too_large" | "too_many_files" | "empty_file" | "unsupported_file_type" | "idempotency_lease_lost" | "not_your_member" | "telegram_not_linked" | "password_required" | "otp_mismatch" | "otp_gone";
        FieldProblem: {
            /**
             * @description Why, for machines (a form shows its own words): `missing`, `wrong_type`, `unknown_field`, `invalid_choice` (not one of the allowed values), `invalid_format`, `too_short`, `too_long`, `too_many`, `out_of_range`, `invalid`
             * @example too_long
             */
            code: components["schemas"]["FieldProblemCode"];
            /**
             * @description Dotted path of the field in the body or query
             * @example text
             */
            field: string;
            /** @example text must be shorter than or equal to 4096 characters */
            reason: string;
        };
        /**
         * @description Why, for machines (a form shows its own words): `missing`, `wrong_type`, `unknown_field`, `invalid_choice` (not one of the allowed values), `invalid_format`, `too_short`, `too_long`, `too_many`, `out_of_range`, `invalid`
         * @enum {string}
         */
        FieldProblemCode: "missing" | "wrong_type" | "unknown_field" | "invalid_choice" | "invalid_format" | "too_short" | "too_long" | "too_many" | "out_of_range" | "invalid";
        HealthResponse: {
            /** @enum {string} */
            status: "ok" | "unavailable";
        };
        HelpdeskRequestResponse: {
            /**
             * @description Seconds the request stays valid
             * @example 900
             */
            expires_in: number;
            /**
             * @description Present unless channel=telegram was asked for
             * @example https://max.ru/zapnotybot?start=hdreq_Kq9xV3mN2pT7rL8s
             */
            max_link?: string;
            /** @example Kq9xV3mN2pT7rL8s */
            request_id: string;
            /**
             * @description Present unless channel=max was asked for
             * @example https://t.me/zapnotybot?start=hdreq_Kq9xV3mN2pT7rL8s
             */
            telegram_link?: string;
        };
        HelpdeskRequestStatusResponse: {
            /**
             * @description The messenger the customer answered in
             * @enum {string}
             */
            channel?: "telegram" | "max";
            /** @enum {string} */
            status: "pending" | "accepted" | "cancelled" | "expired";
            /**
             * Format: uuid
             * @description Present when accepted
             */
            subscriber_id?: string;
        };
        HelpdeskSettingsResponse: {
            auto_assign_on_reply: boolean;
            auto_close_waiting_days: number | null;
            business_hours: components["schemas"]["BusinessHoursResponse"] | null;
            csat_enabled: boolean;
            csat_message_template: string;
            helpdesk_allow_create: boolean;
            helpdesk_allow_view: boolean;
            helpdesk_close_message: components["schemas"]["LocalizedTextDto"];
            helpdesk_enabled: boolean;
            helpdesk_ticket_types_enabled: boolean;
            /** @enum {integer|null} */
            helpdesk_unanswered_hours: 12 | 24 | 48 | null;
            helpdesk_welcome_message: components["schemas"]["LocalizedTextDto"];
            out_of_hours_reply: components["schemas"]["LocalizedTextDto"] | null;
            sla_first_reply_hours: number | null;
            sla_resolve_hours: number | null;
            /** Format: date-time */
            updated_at: string;
        };
        IssuedInviteResponse: {
            /** Format: date-time */
            expires_at: string;
            /** @description One-time link (7 days) `<PUBLIC_URL>/invite/<token>`; earlier ones stop working */
            invite_url: string;
        };
        LinkCodeResponse: {
            /** @description One-time code (valid 1 hour, one use) */
            code: string;
            /** Format: date-time */
            expires_at: string;
            /** @description Open it in Telegram: `https://t.me/<bot>?startgroup=<code>` (a group) or `…?start=member_<code>` (a member) */
            telegram_link: string;
        };
        LivenessResponse: {
            /** @enum {string} */
            status: "ok";
        };
        LocalizedTextDto: {
            /** @example Hello! Describe your issue */
            en: string;
            /** @example Здравствуйте! Опишите вашу проблему */
            ru: string;
        };
        LoginDto: {
            /** @example anna@example.com */
            email: string;
            password: string;
            /**
             * @description Project slug; needed only when this e-mail is a member of several projects (422 project_required)
             * @example acme
             */
            project?: string;
        };
        MacroActionsDto: {
            add_tags?: string[];
            /**
             * @description "me" (the member applying it; 422 with an API key), "none" (unassign) or a member id
             * @example me
             */
            assign?: string;
            /** @enum {string} */
            priority?: "low" | "normal" | "high" | "urgent";
            remove_tags?: string[];
            /** @enum {string} */
            status?: "new" | "in_progress" | "waiting" | "closed";
        };
        MacroActionsResponse: {
            add_tags?: string[];
            assign?: string;
            /** @enum {string} */
            priority?: "low" | "normal" | "high" | "urgent";
            remove_tags?: string[];
            /** @enum {string} */
            status?: "new" | "in_progress" | "waiting" | "closed";
        };
        MacroListResponse: {
            macros: components["schemas"]["MacroResponse"][];
        };
        MacroResponse: {
            actions: components["schemas"]["MacroActionsResponse"];
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            internal: boolean;
            name: string;
            text: string | null;
            /** Format: date-time */
            updated_at: string;
        };
        MaxWebhookResponse: {
            /** @example true */
            ok: boolean;
        };
        MemberNotificationsDto: {
            /** @description A private message when a ticket is assigned to the member */
            assigned: boolean;
            /** @description A private message when the customer writes on the member's ticket */
            customer_replied: boolean;
        };
        MemberNotificationsResponse: {
            assigned: boolean;
            customer_replied: boolean;
        };
        MemberTelegramLink: {
            /** @description Private notifications (PUT /v1/team/members/{member_id}/notifications changes them) */
            notifications: components["schemas"]["MemberTelegramSwitches"];
            /**
             * Format: int64
             * @description Telegram user id
             */
            user_id: number;
            username: string | null;
        };
        MemberTelegramSwitches: {
            /** @description A private message when a ticket is assigned to the member */
            assigned: boolean;
            /** @description A private message when the customer writes on the member's ticket */
            customer_replied: boolean;
        };
        MessageAttachmentResponse: {
            /** @description Why the file cannot be downloaded (e.g. over the 20 MB the messenger lets bots download); null when it can */
            error: string | null;
            /** @example invoice.pdf */
            file_name: string | null;
            /** Format: uuid */
            id: string;
            /** @example application/pdf */
            mime_type: string | null;
            /** @description Bytes; null while unknown (a customer file not yet downloaded) */
            size: number | null;
            /** @enum {string} */
            type: "photo" | "document" | "video" | "audio" | "voice" | "sticker" | "animation";
            /**
             * @description GET it with the same Authorization: /v1/helpdesk/tickets/{id}/attachments/{attachment_id}
             * @example /v1/helpdesk/tickets/8b3c…/attachments/0f1e…
             */
            url: string;
        };
        MessageEditResponse: {
            /**
             * Format: date-time
             * @description When it was replaced
             */
            replaced_at: string;
            /** @description The text before this edit */
            text: string;
        };
        OwnershipOtpSentResponse: {
            /**
             * Format: date-time
             * @description The code is valid 10 minutes
             */
            expires_at: string;
            /**
             * @description Where the code went
             * @enum {string}
             */
            otp_sent: "telegram";
        };
        OwnershipTransferResponse: {
            /** @description The new owner */
            owner: components["schemas"]["TeamMemberResponse"];
            /** @description The previous owner, now admin */
            previous_owner: components["schemas"]["TeamMemberResponse"];
        };
        PresenceDto: {
            /**
             * @description `viewing` (the ticket is open; send every 5 s), `typing` (a reply is being written), `left` (closed it)
             * @enum {string}
             */
            state: "viewing" | "typing" | "left";
        };
        PresenceResponse: {
            /** @description The other members on this ticket now */
            others: components["schemas"]["PresentMemberResponse"][];
        };
        PresentMemberResponse: {
            /**
             * Format: date-time
             * @description Gone after this unless renewed by its heartbeat
             */
            expires_at: string;
            /** Format: uuid */
            member_id: string;
            name: string;
            /** @enum {string} */
            state: "viewing" | "typing";
        };
        PutWebhookDto: {
            /** @description Events to send; omitted = every event */
            events?: ("ticket.created" | "ticket.replied" | "ticket.status_changed" | "ticket.assigned" | "ticket.closed" | "ticket.csat_received" | "ticket.unanswered_24h" | "credits.low" | "subscription.created" | "subscription.deleted" | "delivery.success" | "delivery.failed" | "broadcast.completed" | "button.clicked" | "auth.completed" | "customer.erased" | "ticket.updated" | "ticket.deleted")[];
            /**
             * @description http(s) URL on a public address
             * @example https://example.com/zapnoty-webhook
             */
            url: string;
        };
        RateTicketDto: {
            /** @example 5 */
            rating: number;
        };
        ReadinessResponse: {
            /** @enum {string} */
            status: "ok" | "unavailable" | "shutting_down";
        };
        RenderCannedResponseDto: {
            /**
             * Format: uuid
             * @description The agent for {{agent_name}}
             */
            member_id?: string | null;
            /**
             * Format: uuid
             * @description The ticket whose customer, number and subject fill the variables
             */
            ticket_id: string;
        };
        RenderedCannedResponse: {
            /** @example Hello, Anna! Ticket #42 is with Boris. */
            text: string;
        };
        ReplyDto: {
            /**
             * Format: uuid
             * @description The last message of the ticket the agent saw. When newer messages exist, nothing is stored or charged: 409 `ticket_changed` with those messages in `messages`. An id that is not a message of this ticket: 422
             */
            after_message_id?: string;
            /**
             * Format: uuid
             * @description Reply with this canned response, its variables filled in for the ticket (agent_name from member_id). Instead of `text`
             */
            canned_response_id?: string;
            /** @description true: an internal note, hidden from the customer. Default: false. */
            internal?: boolean;
            /**
             * Format: uuid
             * @description The team member the reply is attributed to
             */
            member_id?: string | null;
            /**
             * @description The reply. Exactly one of `text` and `canned_response_id` (400 otherwise)
             * @example Check your Spam folder and request the code again
             */
            text?: string;
        };
        ReplyWithFilesDto: {
            /** @description 1–10 files, each at most 20 MiB */
            files: string[];
            /**
             * @description true: an internal note with files, never sent to the customer. Default: "false".
             * @enum {string}
             */
            internal?: "true" | "false";
            /**
             * Format: uuid
             * @description The team member the reply is attributed to
             */
            member_id?: string;
            /** @description The reply text; optional when files are present (a caption of at most 1024 characters goes with the files, the rest follows as a message) */
            text?: string;
        };
        ReportAgentResponse: {
            /** @description Tickets assigned to the member closed in the range */
            closed: number;
            /** @description Average CSAT rating (the latest) of the tickets assigned to the member closed in the range */
            csat_average: number | null;
            /** @description Median first-reply seconds of the tickets assigned to the member created in the range */
            first_reply_p50_seconds: number | null;
            /** Format: uuid */
            member_id: string;
            name: string;
            /** @description Public replies the member wrote in the range */
            replies: number;
        };
        ReportBucketResponse: {
            /** @description Tickets whose (last) close falls in the bucket */
            closed: number;
            /** @description Tickets created in the bucket */
            created: number;
            /** @description Average CSAT rating given in the bucket */
            csat_average: number | null;
            /** @description CSAT ratings given in the bucket */
            csat_count: number;
            /** @description Median seconds from creation to first reply, tickets created in the bucket (null: none replied) */
            first_reply_p50_seconds: number | null;
            /** @description 90th percentile of the same */
            first_reply_p90_seconds: number | null;
            /** @description Median seconds from creation to close, tickets closed in the bucket */
            resolution_p50_seconds: number | null;
            /** @description Percent of the tickets created in the bucket with neither SLA target breached (current thresholds); null when nothing was created or no SLA target is set */
            sla_met_percent: number | null;
            /**
             * Format: date
             * @description First day of the bucket (local date)
             * @example 2026-11-01
             */
            start: string;
        };
        ReportChannelResponse: {
            /** @enum {string} */
            channel: "telegram" | "max" | "virtual";
            /** @description Tickets created in the range */
            created: number;
        };
        ReportResponse: {
            /** @description Every member of the project, by name */
            agents: components["schemas"]["ReportAgentResponse"][];
            /** @description Every channel, zeros included */
            channels: components["schemas"]["ReportChannelResponse"][];
            /** Format: date */
            from: string;
            /** @enum {string} */
            interval: "day" | "week";
            /** @description One bucket per day or week of the range, oldest first */
            series: components["schemas"]["ReportBucketResponse"][];
            /** @example Europe/Moscow */
            timezone: string;
            /** Format: date */
            to: string;
            /** @description Every ticket type (zeros included) and the tickets without a type */
            types: components["schemas"]["ReportTypeResponse"][];
        };
        ReportTypeResponse: {
            /** @description Tickets created in the range */
            created: number;
            name: string | null;
            /**
             * Format: uuid
             * @description null: tickets without a type
             */
            ticket_type_id: string | null;
        };
        ResetLinkResponse: {
            /** Format: date-time */
            expires_at: string;
            /** @description One-time link (24 h) `<PUBLIC_URL>/reset/<token>` where the member chooses a new password (which signs them out everywhere); earlier unused links stop working. Shown only now */
            reset_url: string;
        };
        RoutingActionSchema: {
            /**
             * @description Letters, digits, "_" and "-"
             * @example billing
             */
            add_tag?: string;
            /**
             * Format: uuid
             * @description A team member of this project
             */
            assign_to?: string;
            /** @enum {string} */
            set_priority?: "low" | "normal" | "high" | "urgent";
        };
        RoutingConditionSchema: {
            /** @enum {string} */
            channel?: "telegram" | "max" | "virtual";
            /** @description Case-insensitive substring of the subject */
            subject_contains?: string;
            /** @description Case-insensitive substring of the first message */
            text_contains?: string;
            /**
             * @description A ticket type name, case-insensitive
             * @example bug
             */
            ticket_type?: string;
            /**
             * Format: uuid
             * @description A ticket type of this project
             */
            ticket_type_id?: string;
        };
        RoutingRuleListResponse: {
            /** @description In the order rules are tried: order_index, then oldest first */
            routing_rules: components["schemas"]["RoutingRuleResponse"][];
        };
        RoutingRuleResponse: {
            action: components["schemas"]["RoutingActionSchema"];
            condition: components["schemas"]["RoutingConditionSchema"];
            /** Format: date-time */
            created_at: string;
            enabled: boolean;
            /** Format: uuid */
            id: string;
            /** @example Urgent bugs to manager */
            name: string;
            order_index: number;
            /** Format: date-time */
            updated_at: string;
        };
        SavedViewListResponse: {
            /** @description Oldest first */
            views: components["schemas"]["SavedViewResponse"][];
        };
        SavedViewResponse: {
            /** Format: date-time */
            created_at: string;
            filters: {
                [key: string]: string;
            };
            /** Format: uuid */
            id: string;
            name: string;
        };
        SignedInMemberResponse: {
            member: components["schemas"]["TeamMemberResponse"];
        };
        SlaReportResponse: {
            /** @description Average over tickets with a first reply */
            avg_first_response_seconds: number | null;
            /** @description Average over closed tickets (last close) */
            avg_resolution_seconds: number | null;
            /** @description Average csat_rating of rated tickets */
            csat_average: number | null;
            /** @description Rated tickets */
            csat_ratings: number;
            /** @description Replied late, or unreplied and already past due */
            first_reply_breached: number;
            /** Format: date-time */
            from: string | null;
            /** @description Closed late, or open and already past due */
            resolve_breached: number;
            /** @description The current thresholds (breaches are judged by them) */
            thresholds: components["schemas"]["SlaThresholdsResponse"];
            tickets_closed: number;
            /** @description Tickets created in the range */
            tickets_total: number;
            /** Format: date-time */
            to: string | null;
        };
        SlaThresholdsResponse: {
            sla_first_reply_hours: number | null;
            sla_resolve_hours: number | null;
        };
        TeamChatResponse: {
            /**
             * Format: int64
             * @description Telegram chat id of the group
             */
            chat_id: number | null;
            linked: boolean;
            /** Format: date-time */
            linked_at: string | null;
            /**
             * @description `ok`; `bot_removed`: the bot was removed from the group; `no_topic_rights`: the bot may not create topics (topics off, or not an admin with "Manage topics"). Null when not linked
             * @enum {string|null}
             */
            status: "ok" | "bot_removed" | "no_topic_rights" | null;
            title: string | null;
        };
        TeamMemberListResponse: {
            members: components["schemas"]["TeamMemberResponse"][];
        };
        TeamMemberResponse: {
            /** Format: date-time */
            created_at: string;
            email: string;
            /** Format: uuid */
            id: string;
            /**
             * @description `pending` until the member sets a password through an invite link
             * @enum {string}
             */
            invite_status: "pending" | "accepted";
            name: string;
            /** @enum {string} */
            role: "owner" | "admin" | "support" | "viewer";
            /** @description The member's linked Telegram account (team chat); null when none is linked */
            telegram: components["schemas"]["MemberTelegramLink"] | null;
        };
        TelegramWebhookResponse: {
            /** @example true */
            ok: boolean;
        };
        TicketAssignedWebhookEvent: {
            data: components["schemas"]["TicketResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "ticket.assigned";
            /**
             * Format: date-time
             * @example 2026-12-01T10:00:00.000Z
             */
            timestamp: string;
        };
        TicketClosedWebhookEvent: {
            data: components["schemas"]["TicketResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "ticket.closed";
            /**
             * Format: date-time
             * @example 2026-12-01T10:00:00.000Z
             */
            timestamp: string;
        };
        TicketCreatedWebhookEvent: {
            data: components["schemas"]["TicketResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "ticket.created";
            /**
             * Format: date-time
             * @example 2026-12-01T10:00:00.000Z
             */
            timestamp: string;
        };
        TicketCsatReceivedWebhookEvent: {
            data: components["schemas"]["TicketResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "ticket.csat_received";
            /**
             * Format: date-time
             * @example 2026-12-01T10:00:00.000Z
             */
            timestamp: string;
        };
        TicketCustomerResponse: {
            first_name: string | null;
            username: string | null;
        };
        TicketDeletedWebhookEvent: {
            data: components["schemas"]["TicketResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "ticket.deleted";
            /**
             * Format: date-time
             * @example 2026-12-01T10:00:00.000Z
             */
            timestamp: string;
        };
        TicketDetailsResponse: {
            /** Format: uuid */
            assigned_to: string | null;
            /** @enum {string} */
            channel: "telegram" | "max" | "virtual";
            /** Format: int64 */
            chat_id: number | null;
            /**
             * Format: date-time
             * @description The last close; null while open
             */
            closed_at: string | null;
            /** Format: date-time */
            created_at: string;
            csat_rating: number | null;
            /**
             * @description Values of the custom fields by key (GET /v1/helpdesk/custom-fields); absent keys are unset
             * @example {
             *       "order_id": "A-1042"
             *     }
             */
            custom_fields: {
                [key: string]: unknown;
            };
            customer: components["schemas"]["TicketCustomerResponse"];
            /** Format: date-time */
            first_reply_at: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            last_message_at: string | null;
            /** @enum {string|null} */
            last_message_from: "customer" | "agent" | null;
            /** @description Oldest first, internal notes included */
            messages: components["schemas"]["TicketMessageResponse"][];
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            sla: components["schemas"]["TicketSlaResponse"];
            /** @enum {string} */
            status: "new" | "in_progress" | "waiting" | "closed";
            /** @description Oldest first */
            status_history: components["schemas"]["TicketStatusChangeResponse"][];
            subject: string | null;
            /**
             * Format: uuid
             * @description The customer's id (GET /v1/helpdesk/customers/{customer_id})
             */
            subscriber_id: string;
            tags: string[];
            /** @example 42 */
            ticket_number: number;
            /** Format: uuid */
            ticket_type_id: string | null;
            ticket_type_name: string | null;
            time_to_first_response_seconds: number | null;
            /** @description From creation to the last close */
            time_to_resolve_seconds: number | null;
            /** Format: date-time */
            updated_at: string;
        };
        TicketListResponse: {
            limit: number;
            /** @description Pass as `cursor` for the next page; null on the last page */
            next_cursor: string | null;
            offset: number;
            tickets: components["schemas"]["TicketResponse"][];
            /** @description All tickets matching the filters */
            total: number;
        };
        TicketMessageResponse: {
            attachments: components["schemas"]["MessageAttachmentResponse"][];
            /** @enum {string} */
            author: "customer" | "agent" | "system";
            /** Format: date-time */
            created_at: string;
            /**
             * @description Chat delivery of a public agent reply on telegram/max
             * @enum {string|null}
             */
            delivery: "pending" | "sent" | "failed" | null;
            /**
             * @description Why a `failed` delivery did not reach the chat: `blocked` (the customer blocked the bot), `chat_not_found` (the chat or user is gone), `rejected` (the messenger refused the message), `gave_up` (the messenger kept failing until retries ran out). Its credit was given back (a `refund` ledger entry). Null otherwise
             * @enum {string|null}
             */
            delivery_error: "blocked" | "chat_not_found" | "rejected" | "gave_up" | null;
            /**
             * Format: date-time
             * @description Last time the customer edited the message in the messenger; null if never
             */
            edited_at: string | null;
            /** @description Earlier texts of an edited message, oldest first */
            edits: components["schemas"]["MessageEditResponse"][];
            /** @description The customer who wrote it was erased: its text and files are gone */
            erased: boolean;
            /** Format: uuid */
            id: string;
            /** @description An internal note: never shown to the customer */
            internal: boolean;
            /** Format: uuid */
            member_id: string | null;
            /** @description null once the customer who wrote it was erased */
            text: string | null;
        };
        TicketRepliedData: {
            /** Format: uuid */
            assigned_to: string | null;
            /** @enum {string} */
            channel: "telegram" | "max" | "virtual";
            /** Format: int64 */
            chat_id: number | null;
            /**
             * Format: date-time
             * @description The last close; null while open
             */
            closed_at: string | null;
            /** Format: date-time */
            created_at: string;
            csat_rating: number | null;
            /**
             * @description Values of the custom fields by key (GET /v1/helpdesk/custom-fields); absent keys are unset
             * @example {
             *       "order_id": "A-1042"
             *     }
             */
            custom_fields: {
                [key: string]: unknown;
            };
            customer: components["schemas"]["TicketCustomerResponse"];
            /** Format: date-time */
            first_reply_at: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            last_message_at: string | null;
            /** @enum {string|null} */
            last_message_from: "customer" | "agent" | null;
            message: components["schemas"]["TicketMessageResponse"];
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            sla: components["schemas"]["TicketSlaResponse"];
            /** @enum {string} */
            status: "new" | "in_progress" | "waiting" | "closed";
            subject: string | null;
            /**
             * Format: uuid
             * @description The customer's id (GET /v1/helpdesk/customers/{customer_id})
             */
            subscriber_id: string;
            tags: string[];
            /** @example 42 */
            ticket_number: number;
            /** Format: uuid */
            ticket_type_id: string | null;
            ticket_type_name: string | null;
            time_to_first_response_seconds: number | null;
            /** @description From creation to the last close */
            time_to_resolve_seconds: number | null;
            /** Format: date-time */
            updated_at: string;
        };
        TicketRepliedWebhookEvent: {
            data: components["schemas"]["TicketRepliedData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "ticket.replied";
            /**
             * Format: date-time
             * @example 2026-12-01T10:00:00.000Z
             */
            timestamp: string;
        };
        TicketReplyResponse: {
            message: components["schemas"]["TicketMessageResponse"];
        };
        TicketResponse: {
            /** Format: uuid */
            assigned_to: string | null;
            /** @enum {string} */
            channel: "telegram" | "max" | "virtual";
            /** Format: int64 */
            chat_id: number | null;
            /**
             * Format: date-time
             * @description The last close; null while open
             */
            closed_at: string | null;
            /** Format: date-time */
            created_at: string;
            csat_rating: number | null;
            /**
             * @description Values of the custom fields by key (GET /v1/helpdesk/custom-fields); absent keys are unset
             * @example {
             *       "order_id": "A-1042"
             *     }
             */
            custom_fields: {
                [key: string]: unknown;
            };
            customer: components["schemas"]["TicketCustomerResponse"];
            /** Format: date-time */
            first_reply_at: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            last_message_at: string | null;
            /** @enum {string|null} */
            last_message_from: "customer" | "agent" | null;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            sla: components["schemas"]["TicketSlaResponse"];
            /** @enum {string} */
            status: "new" | "in_progress" | "waiting" | "closed";
            subject: string | null;
            /**
             * Format: uuid
             * @description The customer's id (GET /v1/helpdesk/customers/{customer_id})
             */
            subscriber_id: string;
            tags: string[];
            /** @example 42 */
            ticket_number: number;
            /** Format: uuid */
            ticket_type_id: string | null;
            ticket_type_name: string | null;
            time_to_first_response_seconds: number | null;
            /** @description From creation to the last close */
            time_to_resolve_seconds: number | null;
            /** Format: date-time */
            updated_at: string;
        };
        TicketSlaResponse: {
            first_reply_breached: boolean;
            /**
             * Format: date-time
             * @description null when no first-reply SLA is set
             */
            first_reply_due_at: string | null;
            resolve_breached: boolean;
            /**
             * Format: date-time
             * @description null when no resolution SLA is set
             */
            resolve_due_at: string | null;
        };
        TicketStatusChangedData: {
            /** Format: uuid */
            assigned_to: string | null;
            /** @enum {string} */
            channel: "telegram" | "max" | "virtual";
            /** Format: int64 */
            chat_id: number | null;
            /**
             * Format: date-time
             * @description The last close; null while open
             */
            closed_at: string | null;
            /** Format: date-time */
            created_at: string;
            csat_rating: number | null;
            /**
             * @description Values of the custom fields by key (GET /v1/helpdesk/custom-fields); absent keys are unset
             * @example {
             *       "order_id": "A-1042"
             *     }
             */
            custom_fields: {
                [key: string]: unknown;
            };
            customer: components["schemas"]["TicketCustomerResponse"];
            /** Format: date-time */
            first_reply_at: string | null;
            /** @enum {string} */
            from: "new" | "in_progress" | "waiting" | "closed";
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            last_message_at: string | null;
            /** @enum {string|null} */
            last_message_from: "customer" | "agent" | null;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            sla: components["schemas"]["TicketSlaResponse"];
            /** @enum {string} */
            status: "new" | "in_progress" | "waiting" | "closed";
            subject: string | null;
            /**
             * Format: uuid
             * @description The customer's id (GET /v1/helpdesk/customers/{customer_id})
             */
            subscriber_id: string;
            tags: string[];
            /** @example 42 */
            ticket_number: number;
            /** Format: uuid */
            ticket_type_id: string | null;
            ticket_type_name: string | null;
            time_to_first_response_seconds: number | null;
            /** @description From creation to the last close */
            time_to_resolve_seconds: number | null;
            /** @enum {string} */
            to: "new" | "in_progress" | "waiting" | "closed";
            /** Format: date-time */
            updated_at: string;
        };
        TicketStatusChangedWebhookEvent: {
            data: components["schemas"]["TicketStatusChangedData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "ticket.status_changed";
            /**
             * Format: date-time
             * @example 2026-12-01T10:00:00.000Z
             */
            timestamp: string;
        };
        TicketStatusChangeResponse: {
            /** Format: date-time */
            changed_at: string;
            /** @enum {string} */
            from: "new" | "in_progress" | "waiting" | "closed";
            /**
             * Format: uuid
             * @description The signed-in member who made the change; null for the API key, the bot and `auto`
             */
            member_id: string | null;
            /** @enum {string} */
            source: "api" | "bot" | "auto" | "bulk" | "customer";
            /** @enum {string} */
            to: "new" | "in_progress" | "waiting" | "closed";
        };
        TicketTypeConfigListResponse: {
            ticket_types: components["schemas"]["TicketTypeConfigResponse"][];
        };
        TicketTypeConfigResponse: {
            /** Format: date-time */
            created_at: string;
            /** @example Bug reports */
            description: string | null;
            enabled: boolean;
            /** Format: uuid */
            id: string;
            /** @example Bug */
            name: string;
            sort_order: number;
            /** Format: date-time */
            updated_at: string;
        };
        TicketTypeListResponse: {
            ticket_types: components["schemas"]["TicketTypeResponse"][];
        };
        TicketTypeResponse: {
            /** @example Bug reports */
            description: string | null;
            /** Format: uuid */
            id: string;
            /** @example Bug */
            name: string;
        };
        TicketUnanswered24hWebhookEvent: {
            data: components["schemas"]["TicketResponse"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "ticket.unanswered_24h";
            /**
             * Format: date-time
             * @example 2026-12-01T10:00:00.000Z
             */
            timestamp: string;
        };
        TicketUpdatedData: {
            /** Format: uuid */
            assigned_to: string | null;
            /**
             * @example [
             *       "subject"
             *     ]
             */
            changes: string[];
            /** @enum {string} */
            channel: "telegram" | "max" | "virtual";
            /** Format: int64 */
            chat_id: number | null;
            /**
             * Format: date-time
             * @description The last close; null while open
             */
            closed_at: string | null;
            /** Format: date-time */
            created_at: string;
            csat_rating: number | null;
            /**
             * @description Values of the custom fields by key (GET /v1/helpdesk/custom-fields); absent keys are unset
             * @example {
             *       "order_id": "A-1042"
             *     }
             */
            custom_fields: {
                [key: string]: unknown;
            };
            customer: components["schemas"]["TicketCustomerResponse"];
            /** Format: date-time */
            first_reply_at: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            last_message_at: string | null;
            /** @enum {string|null} */
            last_message_from: "customer" | "agent" | null;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            sla: components["schemas"]["TicketSlaResponse"];
            /** @enum {string} */
            status: "new" | "in_progress" | "waiting" | "closed";
            subject: string | null;
            /**
             * Format: uuid
             * @description The customer's id (GET /v1/helpdesk/customers/{customer_id})
             */
            subscriber_id: string;
            tags: string[];
            /** @example 42 */
            ticket_number: number;
            /** Format: uuid */
            ticket_type_id: string | null;
            ticket_type_name: string | null;
            time_to_first_response_seconds: number | null;
            /** @description From creation to the last close */
            time_to_resolve_seconds: number | null;
            /** Format: date-time */
            updated_at: string;
        };
        TicketUpdatedWebhookEvent: {
            data: components["schemas"]["TicketUpdatedData"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            event: "ticket.updated";
            /**
             * Format: date-time
             * @example 2026-12-01T10:00:00.000Z
             */
            timestamp: string;
        };
        TransferOwnershipDto: {
            /**
             * Format: uuid
             * @description The member who becomes owner
             */
            member_id: string;
            /** @description The signed-in owner's own password, re-entered. Without it, an owner with a linked Telegram account gets a one-time code from the bot (202) to confirm with /transfer-ownership/confirm; without a linked account it is required (422 password_required) */
            password?: string;
        };
        UpdateCannedResponseDto: {
            /** @description null removes the shortcut */
            shortcut?: string | null;
            /** @description Plain text, at most 4096 characters. Variables: {{first_name}}, {{username}}, {{ticket_number}}, {{subject}}, {{agent_name}}, {{project_name}} (spaces inside the braces allowed). Any other {{…}} is rejected (422). */
            text?: string;
            title?: string;
        };
        UpdateCustomerDto: {
            /** @description A blocked customer's messages open no ticket, add no message and get no answer from the bot */
            blocked?: boolean;
            /** @description The team's note about the customer (never shown to them); null clears it */
            note?: string | null;
        };
        UpdateCustomFieldDto: {
            enabled?: boolean;
            /** @description Accepted only unchanged */
            key?: string;
            label?: string;
            /** @description The choices of a select field */
            options?: string[];
            required_to_close?: boolean;
            /**
             * @description Accepted only unchanged
             * @enum {string}
             */
            type?: "text" | "number" | "checkbox" | "date" | "select";
        };
        UpdateHelpdeskSettingsDto: {
            auto_assign_on_reply?: boolean;
            /** @description null disables */
            auto_close_waiting_days?: number | null;
            /** @description null: SLA counts all hours */
            business_hours?: components["schemas"]["BusinessHoursDto"] | null;
            csat_enabled?: boolean;
            csat_message_template?: string;
            helpdesk_allow_create?: boolean;
            helpdesk_allow_view?: boolean;
            helpdesk_close_message?: components["schemas"]["LocalizedTextDto"];
            helpdesk_enabled?: boolean;
            helpdesk_ticket_types_enabled?: boolean;
            /**
             * @description null disables
             * @enum {integer|null}
             */
            helpdesk_unanswered_hours?: 12 | 24 | 48 | null;
            helpdesk_welcome_message?: components["schemas"]["LocalizedTextDto"];
            /** @description null disables */
            out_of_hours_reply?: components["schemas"]["LocalizedTextDto"] | null;
            /** @description null disables */
            sla_first_reply_hours?: number | null;
            /** @description null disables */
            sla_resolve_hours?: number | null;
        };
        UpdateMacroDto: {
            actions?: components["schemas"]["MacroActionsDto"];
            internal?: boolean;
            name?: string;
            /** @description Reply or note text, at most 4096 characters, with the canned-response variables {{first_name}}, {{username}}, {{ticket_number}}, {{subject}}, {{agent_name}}, {{project_name}}; null: the macro only changes the ticket */
            text?: string | null;
        };
        UpdateRoutingRuleDto: {
            /** @description Non-empty; everything present is applied. Unknown keys or bad values → 422 naming the key */
            action?: components["schemas"]["RoutingActionSchema"];
            /** @description Non-empty; every key present must hold (AND). Unknown keys or bad values → 422 naming the key */
            condition?: components["schemas"]["RoutingConditionSchema"];
            enabled?: boolean;
            name?: string;
            order_index?: number;
        };
        UpdateTicketDto: {
            /**
             * @description Custom field values by key (GET /v1/helpdesk/custom-fields); a key set to null is unset, keys left out keep their values. A wrong type, unknown key or option → 422 invalid_custom_field
             * @example {
             *       "order_id": "A-1042",
             *       "urgent": true
             *     }
             */
            custom_fields?: {
                [key: string]: unknown;
            };
            /**
             * @description null clears it
             * @example Login issue
             */
            subject?: string | null;
            /**
             * Format: uuid
             * @description An enabled ticket type of the project (422 ticket_type_not_usable otherwise); null clears it
             */
            ticket_type_id?: string | null;
        };
        UpdateTicketTypeDto: {
            /** @description null clears it */
            description?: string | null;
            /** @description A disabled type is hidden from the runtime list and cannot be used for new tickets */
            enabled?: boolean;
            /** @example Bug */
            name?: string;
            sort_order?: number;
        };
        WebhookDeliveryListResponse: {
            deliveries: components["schemas"]["WebhookDeliveryResponse"][];
            /** @description Whether the project has a webhook now (GET /v1/webhook is a 404 without one) */
            webhook_configured: boolean;
        };
        WebhookDeliveryResponse: {
            /** @description 1 for the first try; retries and redeliveries count on */
            attempt: number;
            /** Format: date-time */
            created_at: string;
            duration_ms: number;
            error: string | null;
            /** @example ticket.created */
            event: string;
            /**
             * Format: uuid
             * @description X-Zapnoty-Delivery of the event
             */
            event_id: string;
            /** Format: uuid */
            id: string;
            /** @description Sent by POST /v1/webhook/deliveries/{id}/redeliver */
            redelivery: boolean;
            /**
             * @description success: 2xx; retrying: failed, another attempt is scheduled; failed: failed, no further automatic attempt
             * @enum {string}
             */
            status: "success" | "retrying" | "failed";
            /** @description Receiver's HTTP status; null when none arrived */
            status_code: number | null;
            url: string;
        };
        WebhookResponse: {
            /** Format: date-time */
            created_at: string;
            disabled_reason: string | null;
            /** @description false after the receiver answered 410 Gone; PUT enables it again */
            enabled: boolean;
            /** @description Subscribed events (every event when none were chosen) */
            events: ("ticket.created" | "ticket.replied" | "ticket.status_changed" | "ticket.assigned" | "ticket.closed" | "ticket.csat_received" | "ticket.unanswered_24h" | "credits.low" | "subscription.created" | "subscription.deleted" | "delivery.success" | "delivery.failed" | "broadcast.completed" | "button.clicked" | "auth.completed" | "customer.erased" | "ticket.updated" | "ticket.deleted")[];
            /** @description HMAC-SHA256 key of X-Zapnoty-Signature */
            secret: string;
            /** Format: date-time */
            updated_at: string;
            url: string;
        };
        WhoAmIProjectResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            /**
             * @description The project's Telegram help link (`https://t.me/<bot>?start=help_<slug>`): customers open it to write to the helpdesk; the console shows it with a QR code while the project has no tickets
             * @example https://t.me/zapnotybot?start=help_acme
             */
            telegram_help_link: string;
        };
        WhoAmIResponse: {
            /** @description The signed-in member; null for the project API key (owner level) */
            member: components["schemas"]["TeamMemberResponse"] | null;
            project: components["schemas"]["WhoAmIProjectResponse"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
        "Idempotent-Replayed": "true";
        /** @description Seconds to wait before retrying */
        "Retry-After": number;
        /** @description The id of this request (the caller’s own X-Request-Id when it is sane, else a new UUID); logged with it */
        "X-Request-Id": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Health_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
    Health_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessResponse"];
                };
            };
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
        };
    };
    MaxWebhook_receive: {
        parameters: {
            query?: never;
            header: {
                /** @description Must equal MAX_WEBHOOK_SECRET */
                "X-Max-Bot-Api-Secret": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    timestamp: number;
                    update_type: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaxWebhookResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TelegramWebhook_receive: {
        parameters: {
            query?: never;
            header: {
                /** @description Must equal TELEGRAM_WEBHOOK_SECRET */
                "X-Telegram-Bot-Api-Secret-Token": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    update_id: number;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TelegramWebhookResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Auth_acceptInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInviteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInMemberResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error */
            410: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description zapnoty_session=…; HttpOnly; SameSite=Lax */
                    "Set-Cookie"?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInMemberResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhoAmIResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Credits_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditsResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Events_stream: {
        parameters: {
            query?: {
                /** @description The same as the Last-Event-ID header, for clients that cannot set headers */
                last_event_id?: string;
            };
            header?: {
                /** @description Resume after this event id (EventSource sends it on reconnect) */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless text/event-stream */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CannedResponses_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CannedResponseListResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CannedResponses_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCannedResponseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CannedResponseResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CannedResponses_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                canned_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCannedResponseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CannedResponseResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CannedResponses_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                canned_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CannedRender_render: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                canned_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenderCannedResponseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenderedCannedResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CustomFields_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldListResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CustomFields_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomFieldDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CustomFields_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                field_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomFieldDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CustomFields_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                field_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Customers_list: {
        parameters: {
            query?: {
                /** @description Only blocked (true) or only unblocked (false) */
                blocked?: boolean;
                channel?: "telegram" | "max" | "virtual";
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Case-insensitive prefix of the first or last name, the username (with or without @) or the chat id */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerListResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Customers_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDetailsResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Customers_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Customers_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDetailsResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Macros_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MacroListResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Macros_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMacroDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MacroResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Macros_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Macro id */
                macro_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMacroDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MacroResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Macros_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Macro id */
                macro_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Reports_report: {
        parameters: {
            query?: {
                /** @description First day of the range (YYYY-MM-DD, included). Default: 29 days before `to` */
                from?: string;
                /** @description Bucket size: a day, or 7 days counted from `from` (pass a Monday for calendar weeks) */
                interval?: "day" | "week";
                /** @description IANA time zone the days are counted in. Default: UTC */
                timezone?: string;
                /** @description Last day of the range (YYYY-MM-DD, included; at most 400 days after `from`). Default: today */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Reports_reportCsv: {
        parameters: {
            query?: {
                /** @description First day of the range (YYYY-MM-DD, included). Default: 29 days before `to` */
                from?: string;
                /** @description Bucket size: a day, or 7 days counted from `from` (pass a Monday for calendar weeks) */
                interval?: "day" | "week";
                /** @description IANA time zone the days are counted in. Default: UTC */
                timezone?: string;
                /** @description Last day of the range (YYYY-MM-DD, included; at most 400 days after `from`). Default: today */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Columns: start, created, closed, first_reply_p50_seconds, first_reply_p90_seconds, resolution_p50_seconds, sla_met_percent, csat_average, csat_count; an empty field is null */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Requests_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHelpdeskRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpdeskRequestResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Requests_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpdeskRequestStatusResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Routing_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingRuleListResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Routing_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoutingRuleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingRuleResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Routing_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rule_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoutingRuleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingRuleResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Routing_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Settings_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpdeskSettingsResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Settings_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateHelpdeskSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpdeskSettingsResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Sla_report: {
        parameters: {
            query?: {
                /** @description Tickets created at or after (ISO 8601) */
                from?: string;
                /** @description Tickets created at or before (ISO 8601) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaReportResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TeamChat_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamChatResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TeamChat_unlink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TeamChat_linkCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkCodeResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TicketTypes_listEnabled: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketTypeListResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TicketTypes_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTicketTypeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketTypeConfigResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TicketTypes_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                type_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTicketTypeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketTypeConfigResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TicketTypes_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                type_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TicketTypes_listAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketTypeConfigListResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Tickets_list: {
        parameters: {
            query?: {
                /** @description A member id, or `none` for unassigned tickets */
                assigned_to?: string;
                channel?: "telegram" | "max" | "virtual";
                /** @description `next_cursor` of the previous page (keyset paging; with the same sort and order) */
                cursor?: string;
                /** @description The customer's tickets (the ticket's subscriber_id) */
                customer_id?: string;
                limit?: number;
                offset?: number;
                order?: "asc" | "desc";
                priority?: "low" | "normal" | "high" | "urgent";
                /** @description Full-text search in subject and message text */
                q?: string;
                /** @description breached: a due time passed unmet; at_risk: the next due time is within the hour, unmet */
                sla?: "breached" | "at_risk";
                /** @description priority: by urgency; sla_due: the next unmet due time (none: last in asc) */
                sort?: "created_at" | "updated_at" | "priority" | "sla_due";
                status?: "new" | "in_progress" | "waiting" | "closed";
                tag?: string;
                ticket_type_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketListResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Tickets_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 h: the first response is replayed and nothing is created again. Other body: 422. First still running: 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTicketDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Tickets_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ticket id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDetailsResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TicketEdits_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ticket id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TicketEdits_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ticket id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTicketDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Tickets_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ticket id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Attachments_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Attachment id (`messages[].attachments[].id`) */
                attachment_id: string;
                /** @description Ticket id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with its Content-Type, Content-Length and Content-Disposition (file name) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The messenger could not be reached to fetch the file; try again */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Csat_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ticket id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateTicketDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Tickets_customerReply: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 h: the first response is replayed and nothing is created again. Other body: 422. First still running: 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Ticket id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerReplyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketReplyResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Macros_apply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ticket id */
                id: string;
                /** @description Macro id */
                macro_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyMacroDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credits left for a public reply (code no_credits_left); nothing was stored or sent */
            402: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Presence_announce: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ticket id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PresenceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Tickets_setPriority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ticket id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePriorityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Tickets_reply: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 h: the first response is replayed and nothing is created again. Other body: 422. First still running: 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Ticket id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplyDto"];
                "multipart/form-data": components["schemas"]["ReplyWithFilesDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketReplyResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credits left for a public reply (code no_credits_left); nothing was stored or sent */
            402: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description A body that is not application/json, or an unsupported Content-Encoding or charset
             *
             *     A file of a type the messenger cannot send
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Tickets_changeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ticket id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Tickets_bulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TicketExport_export: {
        parameters: {
            query?: {
                /** @description A member id, or `none` for unassigned tickets */
                assigned_to?: string;
                channel?: "telegram" | "max" | "virtual";
                /** @description The customer's tickets (the ticket's subscriber_id) */
                customer_id?: string;
                order?: "asc" | "desc";
                priority?: "low" | "normal" | "high" | "urgent";
                /** @description Full-text search in subject and message text */
                q?: string;
                /** @description breached: a due time passed unmet; at_risk: the next due time is within the hour, unmet */
                sla?: "breached" | "at_risk";
                /** @description priority: by urgency; sla_due: the next unmet due time (none: last in asc) */
                sort?: "created_at" | "updated_at" | "priority" | "sla_due";
                status?: "new" | "in_progress" | "waiting" | "closed";
                tag?: string;
                ticket_type_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SavedViews_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedViewListResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SavedViews_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSavedViewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedViewResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SavedViews_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                view_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Team_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberListResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Team_add: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeamMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedTeamMemberResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Team_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team member id */
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Team_changeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team member id */
                member_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRoleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MemberLinks_reissueInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team member id */
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedInviteResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MemberTelegram_notifications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team member id */
                member_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberNotificationsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberNotificationsResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MemberLinks_resetLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team member id */
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetLinkResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MemberTelegram_unlink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team member id */
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MemberTelegram_linkCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team member id */
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkCodeResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Team_transferOwnership: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferOwnershipDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnershipTransferResponse"];
                };
            };
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnershipOtpSentResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Team_confirmOwnership: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmOwnershipDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnershipTransferResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The helpdesk module is disabled for this project */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Error */
            410: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Webhooks_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Webhooks_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Webhooks_remove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Webhooks_deliveries: {
        parameters: {
            query?: {
                /** @description Only attempts of this event type */
                event?: "ticket.created" | "ticket.replied" | "ticket.status_changed" | "ticket.assigned" | "ticket.closed" | "ticket.csat_received" | "ticket.unanswered_24h" | "credits.low" | "subscription.created" | "subscription.deleted" | "delivery.success" | "delivery.failed" | "broadcast.completed" | "button.clicked" | "auth.completed" | "customer.erased" | "ticket.updated" | "ticket.deleted";
                /** @description Only attempts of this event (its X-Zapnoty-Delivery) */
                event_id?: string;
                limit?: number;
                status?: "success" | "retrying" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryListResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Webhooks_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryResponse"];
                };
            };
            /** @description Malformed request: bad JSON, missing field, wrong type, unknown field or enum value */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found (or belongs to another project) */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Body larger than 1 MiB */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A body that is not application/json, or an unsupported Content-Encoding or charset */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed but invalid value */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
