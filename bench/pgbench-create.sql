-- The ticket-create request as plain SQL, statement for statement, for the pgbench ceiling:
--   pgbench -n -f bench/pgbench-create.sql -D project_id=<uuid> -c 16 -T 15 "$DATABASE_URL"
-- The auth guard's key lookup + rate-limit bucket (one statement, autocommit), then the transaction of
-- TicketsService.create: settings, routing rules, the customer (one upsert: the first run meets new ones
-- too), one statement taking the ticket number and inserting ticket and first message, the event stream
-- position, the outbox insert with its NOTIFY, commit.
-- (The API makes the ids in Node; here the ticket statement makes them, so no extra round trip is added.)
\set chat random(1000000000, 1000009999)
WITH found AS (SELECT id, slug, name FROM project WHERE id = ':project_id'),
     counted AS (INSERT INTO rate_limit_bucket (project_id, window_start, hits) SELECT id, date_trunc('minute', now()), 1 FROM found
                 ON CONFLICT (project_id, window_start) DO UPDATE SET hits = rate_limit_bucket.hits + 1 RETURNING hits)
SELECT found.id, found.slug, found.name, counted.hits FROM found, counted;
BEGIN;
SELECT * FROM helpdesk_settings WHERE project_id = ':project_id';
SELECT * FROM routing_rule WHERE project_id = ':project_id' ORDER BY order_index, created_at, id;
INSERT INTO subscriber (project_id, channel, chat_id, first_name) VALUES (':project_id', 'telegram', :chat, 'Bench')
  ON CONFLICT (project_id, channel, chat_id) DO UPDATE SET first_name = excluded.first_name
  RETURNING id AS subscriber_id, project_id, channel, chat_id, first_name, username, lang, blocked_at, created_at \gset
WITH counter AS (
  INSERT INTO ticket_number_counter (project_id, last_number) VALUES (':project_id', 1)
  ON CONFLICT (project_id) DO UPDATE SET last_number = ticket_number_counter.last_number + 1 RETURNING last_number),
created AS (
  INSERT INTO ticket (id, project_id, ticket_number, subject, channel, chat_id, subscriber_id, last_message_at, last_message_from, search_vector)
  SELECT gen_random_uuid(), ':project_id', counter.last_number, 'Payment failed', 'telegram', :chat, ':subscriber_id', now(), 'customer',
         to_tsvector('simple', 'Payment failed' || ' ' || 'My card was declined twice, please help')
  FROM counter RETURNING id, ticket_number, created_at),
first_message AS (
  INSERT INTO ticket_message (id, ticket_id, author, text, internal, attachments, delivery)
  SELECT gen_random_uuid(), created.id, 'customer', 'My card was declined twice, please help', false, '[]', NULL FROM created)
SELECT id AS ticket_id, ticket_number, created_at FROM created \gset
INSERT INTO project_event_counter (project_id, last_position) VALUES (':project_id', 1)
  ON CONFLICT (project_id) DO UPDATE SET last_position = project_event_counter.last_position + 1 RETURNING last_position \gset
WITH inserted AS (
  INSERT INTO outbox_event (project_id, topic, event_type, aggregate_id, payload, stream_position)
  VALUES (':project_id', 'webhook', 'ticket.created', ':ticket_id', '{"bench": true}', :last_position) RETURNING *)
SELECT inserted.*, (SELECT count(pg_notify('outbox_event', 'webhook'))) AS notified FROM inserted;
COMMIT;
