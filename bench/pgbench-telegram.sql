-- A Telegram message into the chat's open ticket as plain SQL, round trip for round trip what the server
-- sends, for the pgbench side of bench/telegram-updates.mjs:
--   pgbench -n -f bench/pgbench-telegram.sql -D project_id=<uuid> -D first_chat=<id> -D chats=<n> -c 16 -T 10 "$DATABASE_URL"
-- 1. The update's claim, the chat's touch (a read when nothing changed) and its open tickets.
-- 2. BEGIN with the transaction's now() and the ticket's lock (with its customer). (The API makes the
--    message id in Node; here this statement does.)
-- 3. The commit round trip: the message, the inbound-message link, the ticket update (last message,
--    search document), the ticket.replied outbox row taking the event stream position (stored skipped:
--    the project has no webhook, looked up in the same statement), the update's completion, COMMIT.
-- Every chat from :first_chat on has one open ticket (the Node script makes them).
\set chat :first_chat + random(0, :chats - 1)
\set update random(1, 2000000000)
INSERT INTO messenger_processed_update (bot_key, update_id) VALUES ('telegram:pgbench', ':update')
  ON CONFLICT (bot_key, update_id) DO UPDATE SET claimed_at = now()
    WHERE messenger_processed_update.completed_at IS NULL
      AND messenger_processed_update.claimed_at < now() - interval '300 seconds'
  RETURNING update_id \;
WITH stored AS (
  SELECT channel, chat_id, project_id, state, draft, language, first_name, username, blocked_at, updated_at
  FROM messenger_chat WHERE channel = 'telegram' AND chat_id = ':chat'),
upserted AS (
  INSERT INTO messenger_chat (channel, chat_id, language, first_name, username)
  SELECT 'telegram', ':chat', 'en', 'Bench', NULL
  WHERE NOT EXISTS (
    SELECT 1 FROM stored WHERE language = 'en' AND first_name IS NOT DISTINCT FROM 'Bench'
      AND username IS NOT DISTINCT FROM NULL AND blocked_at IS NULL)
  ON CONFLICT (channel, chat_id) DO UPDATE
    SET language = EXCLUDED.language, first_name = EXCLUDED.first_name, username = EXCLUDED.username,
        blocked_at = NULL, updated_at = now()
  RETURNING channel, chat_id, project_id, state, draft, language, first_name, username, blocked_at, updated_at)
SELECT * FROM upserted UNION ALL SELECT * FROM stored WHERE NOT EXISTS (SELECT 1 FROM upserted) \;
SELECT t.id AS ticket_id, t.project_id, p.name AS project_name, p.slug AS project_slug,
       p.config_version AS project_config_version, t.ticket_number, t.subject, t.status, t.closed_at,
       t.last_message_at, t.subscriber_id, s.blocked_at IS NOT NULL AS subscriber_blocked
  FROM ticket t JOIN project p ON p.id = t.project_id JOIN subscriber s ON s.id = t.subscriber_id
 WHERE t.channel = 'telegram' AND t.chat_id = ':chat'
   AND (t.status <> 'closed' OR t.closed_at > now() - make_interval(days => '0'))
 ORDER BY (t.status = 'closed'), t.last_message_at DESC NULLS LAST, t.ticket_number DESC
 LIMIT 50 \gset
BEGIN \; SELECT now() AS now \;
SELECT t.id AS ticket_id, t.project_id AS ticket_project_id, t.ticket_number AS ticket_ticket_number,
       t.subject AS ticket_subject, t.status AS ticket_status, t.priority AS ticket_priority,
       t.channel AS ticket_channel, t.chat_id AS ticket_chat_id, t.subscriber_id AS ticket_subscriber_id,
       t.ticket_type_id AS ticket_ticket_type_id, t.ticket_type_name AS ticket_ticket_type_name,
       t.assigned_to AS ticket_assigned_to, t.tags AS ticket_tags, t.csat_rating AS ticket_csat_rating,
       t.first_reply_at AS ticket_first_reply_at, t.closed_at AS ticket_closed_at,
       t.last_message_at AS ticket_last_message_at, t.last_message_from AS ticket_last_message_from,
       t.created_at AS ticket_created_at, t.updated_at AS ticket_updated_at, s.id AS subscriber_id,
       s.project_id AS subscriber_project_id, s.channel AS subscriber_channel, s.chat_id AS subscriber_chat_id,
       s.first_name AS subscriber_first_name, s.username AS subscriber_username, s.lang AS subscriber_lang,
       s.blocked_at AS subscriber_blocked_at, s.created_at AS subscriber_created_at,
       gen_random_uuid() AS message_id
  FROM ticket t INNER JOIN subscriber s ON s.id = t.subscriber_id
 WHERE t.id = ':ticket_id' FOR UPDATE OF t \gset lock_
INSERT INTO ticket_message (id, ticket_id, author, member_id, text, internal, attachments, delivery)
  VALUES (':lock_message_id', ':ticket_id', 'customer', NULL, 'Still waiting for the courier, any update?', 'false',
          '[]'::jsonb, NULL) \;
INSERT INTO chat_inbound_message (channel, chat_id, message_id, project_id, ticket_id, ticket_message_id,
                                  media_group_id, group_head)
  VALUES ('telegram', ':chat', ':update', ':project_id', ':ticket_id', ':lock_message_id', NULL, 'false')
  ON CONFLICT DO NOTHING \;
UPDATE ticket SET updated_at = now(), last_message_at = now(), last_message_from = 'customer',
       search_vector = CASE WHEN pg_column_size(search_vector) > 900000 THEN search_vector
                            ELSE coalesce(search_vector, ''::tsvector)
                                 || to_tsvector('simple', 'Still waiting for the courier, any update?'::text) END
 WHERE id = ':ticket_id' \;
WITH counter AS (
  INSERT INTO project_event_counter (project_id, last_position) VALUES (':project_id', 1)
  ON CONFLICT (project_id) DO UPDATE SET last_position = project_event_counter.last_position + 1
  RETURNING last_position, pg_notify('project_events', project_id::text)),
inserted AS (
  INSERT INTO outbox_event (project_id, topic, event_type, aggregate_id, payload, stream_position, status, last_error, processed_at)
  SELECT ':project_id', 'webhook', 'ticket.replied', ':ticket_id',
         jsonb_build_object('id', ':ticket_id', 'bench', true, 'text', repeat('x', 1200)),
         (SELECT last_position FROM counter),
         CASE WHEN w.project_id IS NULL THEN 'skipped' ELSE 'pending' END,
         CASE WHEN w.project_id IS NULL THEN 'no webhook configured' END,
         CASE WHEN w.project_id IS NULL THEN now() END
  FROM (SELECT 1) AS one LEFT JOIN webhook w ON w.project_id = ':project_id'
  RETURNING *)
SELECT inserted.*, (SELECT count(pg_notify('outbox_event', topic)) FROM inserted WHERE status = 'pending')
  FROM inserted \;
UPDATE messenger_processed_update SET completed_at = now() WHERE bot_key = 'telegram:pgbench' AND update_id = ':update' \;
COMMIT;
