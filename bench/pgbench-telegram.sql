-- A Telegram message into the chat's open ticket as plain SQL, round trip for round trip what the server
-- sends, for the pgbench side of bench/telegram-updates.mjs:
--   pgbench -n -f bench/pgbench-telegram.sql -D project_id=<uuid> -D first_chat=<id> -D chats=<n> -D prepared=0 \
--     -c 16 -T 10 "$DATABASE_URL"
-- Like the server, every statement is prepared once per connection (in its first transaction, when the
-- client's `prepared` is still 0) and EXECUTEd with a generic plan.
-- 1. The update's claim, the chat's touch (a read when nothing changed) and its open tickets.
-- 2. BEGIN with the transaction's now() and the ticket's lock (with its customer). (The API makes the
--    message id in Node; here this statement does.)
-- 3. The commit round trip: the message, the inbound-message link, the ticket update (last message,
--    search document), the ticket.replied outbox row with its stream position (stored skipped:
--    the project has no webhook, looked up in the same statement), the update's completion, COMMIT.
-- Then, after COMMIT in the same round trip, the live-stream wake-up NOTIFY in a transaction of its own (the
-- server sends these after commit too, at most one statement per 10 ms for all the writes: an upper bound).
-- Every chat from :first_chat on has one open ticket (the Node script makes them).
\if :prepared = 0
-- Generic plans, as the server asks for its prepared statements.
SET plan_cache_mode = force_generic_plan;
PREPARE pb_claim AS INSERT INTO messenger_processed_update (bot_key, update_id) VALUES ($1, $2)
  ON CONFLICT (bot_key, update_id) DO UPDATE SET claimed_at = now()
    WHERE messenger_processed_update.completed_at IS NULL
      AND messenger_processed_update.claimed_at < now() - interval '300 seconds'
  RETURNING update_id;
PREPARE pb_touch AS WITH stored AS (
  SELECT channel, chat_id, project_id, state, draft, language, first_name, username, blocked_at, updated_at
  FROM messenger_chat WHERE channel = $1 AND chat_id = $2),
upserted AS (
  INSERT INTO messenger_chat (channel, chat_id, language, first_name, username)
  SELECT $1, $2, $3, $4, $5
  WHERE NOT EXISTS (
    SELECT 1 FROM stored WHERE language = $3 AND first_name IS NOT DISTINCT FROM $4
      AND username IS NOT DISTINCT FROM $5 AND blocked_at IS NULL)
  ON CONFLICT (channel, chat_id) DO UPDATE
    SET language = EXCLUDED.language, first_name = EXCLUDED.first_name, username = EXCLUDED.username,
        blocked_at = NULL, updated_at = now()
  RETURNING channel, chat_id, project_id, state, draft, language, first_name, username, blocked_at, updated_at)
SELECT * FROM upserted UNION ALL SELECT * FROM stored WHERE NOT EXISTS (SELECT 1 FROM upserted);
PREPARE pb_tickets AS SELECT t.id AS ticket_id, t.project_id, p.name AS project_name, p.slug AS project_slug,
       p.config_version AS project_config_version, t.ticket_number, t.subject, t.status, t.closed_at,
       t.last_message_at, t.subscriber_id, s.blocked_at IS NOT NULL AS subscriber_blocked
  FROM ticket t JOIN project p ON p.id = t.project_id JOIN subscriber s ON s.id = t.subscriber_id
 WHERE t.channel = $1 AND t.chat_id = $2
   AND (t.status <> 'closed' OR t.closed_at > now() - make_interval(days => $3))
 ORDER BY (t.status = 'closed'), t.last_message_at DESC NULLS LAST, t.ticket_number DESC
 LIMIT 50;
PREPARE pb_lock AS SELECT t.id, t.project_id, t.ticket_number, t.subject, t.status, t.priority, t.channel,
       t.chat_id, t.subscriber_id, t.ticket_type_id, t.ticket_type_name, t.assigned_to, t.tags, t.csat_rating,
       t.first_reply_at, t.closed_at, t.last_message_at, t.last_message_from, t.created_at, t.updated_at,
       s.first_name AS customer_first_name, s.username AS customer_username, s.project_id AS customer_project_id,
       s.channel AS customer_channel, s.chat_id AS customer_chat_id, s.lang AS customer_lang,
       s.blocked_at AS customer_blocked_at, s.created_at AS customer_created_at, gen_random_uuid() AS message_id
  FROM ticket t JOIN subscriber s ON s.id = t.subscriber_id
 WHERE t.id = $1 FOR UPDATE OF t;
PREPARE pb_message AS INSERT INTO ticket_message (id, ticket_id, author, member_id, text, internal, attachments, delivery)
  VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8);
PREPARE pb_inbound AS INSERT INTO chat_inbound_message (channel, chat_id, message_id, project_id, ticket_id,
                                  ticket_message_id, media_group_id, group_head)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING;
PREPARE pb_ticket_update AS UPDATE ticket SET updated_at = now(), last_message_at = now(), last_message_from = $1,
       search_vector = CASE WHEN pg_column_size(search_vector) > 900000 THEN search_vector
                            ELSE coalesce(search_vector, ''::tsvector) || to_tsvector('simple', $2::text) END
 WHERE id = $3;
PREPARE pb_outbox AS WITH taken AS MATERIALIZED (
  SELECT coalesce(nullif(current_setting('zapnoty.streamed_events', true), ''), '0')::bigint AS streamed),
inserted AS (
  INSERT INTO outbox_event (project_id, topic, event_type, aggregate_id, payload, stream_position, status, last_error, processed_at)
  SELECT $1, 'webhook', 'ticket.replied', $2::uuid, jsonb_build_object('id', $2::uuid, 'bench', true, 'text', repeat('x', 1200)),
         (pg_current_xact_id()::text::bigint << 20) + (SELECT streamed FROM taken) + 1,
         CASE WHEN w.project_id IS NULL THEN 'skipped' ELSE 'pending' END,
         CASE WHEN w.project_id IS NULL THEN 'no webhook configured' END,
         CASE WHEN w.project_id IS NULL THEN now() END
  FROM (SELECT 1) AS one LEFT JOIN webhook w ON w.project_id = $1
  RETURNING id, event_id, project_id, topic, event_type, aggregate_id, payload, stream_position, status,
            attempts, next_attempt_at, last_error, created_at, processed_at)
SELECT inserted.*, array(SELECT DISTINCT topic FROM inserted WHERE status = 'pending'),
       (SELECT count(set_config('zapnoty.streamed_events', (streamed + 1)::text, true)) FROM taken WHERE $1 IS NOT NULL)
  FROM inserted;
PREPARE pb_complete AS UPDATE messenger_processed_update SET completed_at = now() WHERE bot_key = $1 AND update_id = $2;
\set prepared 1
\endif
\set chat :first_chat + random(0, :chats - 1)
\set update random(1, 2000000000)
EXECUTE pb_claim('telegram:pgbench', ':update') \;
EXECUTE pb_touch('telegram', ':chat', 'en', 'Bench', NULL) \;
EXECUTE pb_tickets('telegram', ':chat', '0') \gset
BEGIN \; SELECT now() AS now \; EXECUTE pb_lock(':ticket_id') \gset lock_
EXECUTE pb_message(':lock_message_id', ':ticket_id', 'customer', NULL, 'Still waiting for the courier (pgbench)',
                   'false', '[]', NULL) \;
EXECUTE pb_inbound('telegram', ':chat', ':update', ':project_id', ':ticket_id', ':lock_message_id', NULL, 'false') \;
EXECUTE pb_ticket_update('customer', 'Still waiting for the courier (pgbench)', ':ticket_id') \;
EXECUTE pb_outbox(':project_id', ':ticket_id') \;
EXECUTE pb_complete('telegram:pgbench', ':update') \;
COMMIT \; SELECT pg_notify('project_events', ':project_id');
