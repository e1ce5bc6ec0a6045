-- The ticket-create request as plain SQL, round trip for round trip, for the pgbench ceiling:
--   pgbench -n -f bench/pgbench-create.sql -D project_id=<uuid> -D prepared=0 -c 16 -T 15 "$DATABASE_URL"
-- Like the server, every statement is prepared once per connection (in its first transaction, when the
-- client's `prepared` is still 0) and EXECUTEd with a generic plan.
-- 1. The auth guard's key lookup (the rate-limit bucket is written once per slice of 100 requests at the
--    benchmark's limit, so not here).
-- 2. BEGIN with the transaction's now() and the customer (one upsert: the first run meets new ones too),
--    in one round trip (settings and routing rules come from the per-process cache).
-- 3. The commit round trip: the numbered ticket insert (after its turn in the project's queue,
--    src/common/database/hot-row-queue.ts) with its first message, the outbox insert taking
--    the event stream position (its payload numbered from the ticket; stored skipped, as the project has
--    no webhook: the webhook is looked up in the same statement), COMMIT.
-- Then, after COMMIT in the same round trip, the live-stream wake-up NOTIFY in a transaction of its own (the
-- server sends these after commit too, at most one statement per 10 ms for all the writes: an upper bound).
-- (The API makes the ids in Node; here step 2 makes the ticket's, so no round trip is added.)
\if :prepared = 0
-- Generic plans, as the server asks for its prepared statements.
SET plan_cache_mode = force_generic_plan;
PREPARE pb_key AS SELECT id, slug, name, config_version FROM project WHERE id = $1;
PREPARE pb_customer AS INSERT INTO subscriber (project_id, channel, chat_id, first_name) VALUES ($1, $2, $3, $4)
  ON CONFLICT (project_id, channel, chat_id) DO UPDATE SET first_name = excluded.first_name
  RETURNING id AS subscriber_id, project_id, channel, chat_id, first_name, username, lang, blocked_at, created_at,
            gen_random_uuid() AS ticket_id;
PREPARE pb_ticket AS WITH queued AS MATERIALIZED (SELECT pg_advisory_xact_lock(18001, hashtext($2::uuid::text))),
counter AS (
  INSERT INTO ticket_number_counter (project_id, last_number) SELECT $2::uuid, 1 FROM queued
  ON CONFLICT (project_id) DO UPDATE SET last_number = ticket_number_counter.last_number + 1 RETURNING last_number),
created AS (
  INSERT INTO ticket (id, project_id, ticket_number, subject, channel, chat_id, subscriber_id, last_message_at, last_message_from, search_vector)
  SELECT $1, $2, counter.last_number, $3, $4, $5, $6, now(), 'customer',
         to_tsvector('simple', $3 || ' ' || $7)
  FROM counter RETURNING id, ticket_number, created_at),
first_message AS (
  INSERT INTO ticket_message (id, ticket_id, author, text, internal, attachments, delivery)
  SELECT gen_random_uuid(), created.id, 'customer', $7, false, '[]', NULL FROM created)
SELECT ticket_number, created_at FROM created;
PREPARE pb_outbox AS WITH taken AS MATERIALIZED (
  SELECT coalesce(nullif(current_setting('zapnoty.streamed_events', true), ''), '0')::bigint AS streamed),
inserted AS (
  INSERT INTO outbox_event (project_id, topic, event_type, aggregate_id, payload, stream_position, status, last_error, processed_at)
  SELECT $1, 'webhook', 'ticket.created', $2,
         jsonb_set('{"bench": true, "ticket_number": null}'::jsonb, '{ticket_number}',
                   to_jsonb((SELECT ticket_number FROM ticket WHERE id = $2))),
         (pg_current_xact_id()::text::bigint << 20) + (SELECT streamed FROM taken) + 1,
         CASE WHEN w.project_id IS NULL THEN 'skipped' ELSE 'pending' END,
         CASE WHEN w.project_id IS NULL THEN 'no webhook configured' END,
         CASE WHEN w.project_id IS NULL THEN now() END
  FROM (SELECT 1) AS one LEFT JOIN webhook w ON w.project_id = $1
  RETURNING id, status)
SELECT (SELECT count(*) FROM inserted),
       array(SELECT DISTINCT 'webhook' FROM inserted WHERE status = 'pending'),
       (SELECT count(set_config('zapnoty.streamed_events', (streamed + 1)::text, true)) FROM taken WHERE $1 IS NOT NULL);
\set prepared 1
\endif
\set chat random(1000000000, 1000009999)
EXECUTE pb_key(':project_id');
BEGIN \; SELECT now() AS started_at \; EXECUTE pb_customer(':project_id', 'telegram', ':chat', 'Bench') \gset
EXECUTE pb_ticket(':ticket_id', ':project_id', 'Payment failed', 'telegram', ':chat', ':subscriber_id',
                  'My card was declined twice, please help') \;
EXECUTE pb_outbox(':project_id', ':ticket_id') \;
COMMIT \; SELECT pg_notify('project_events', ':project_id');
