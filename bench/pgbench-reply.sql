-- The bare agent-reply transaction (a public reply on a virtual ticket), for the pgbench side of
-- bench/reply-ratio.mjs:
--   pgbench -n -f bench/pgbench-reply.sql -D project_id=<uuid> -D tickets=<n> -D prepared=0 -c 16 -T 10 "$DATABASE_URL"
-- Like the server, every statement is prepared once per connection (in its first transaction, when the
-- client's `prepared` is still 0) and EXECUTEd with a generic plan.
-- Round trip for round trip what the server sends: the API key lookup (the rate-limit bucket is written
-- once per slice of 100 requests at the benchmark's limit), BEGIN with the ticket's lock, then the commit
-- round trip: the message insert, the ticket update (last message, search document), the ticket.replied
-- outbox row taking the event stream position (stored skipped: the project has no webhook, looked up in
-- the same statement), the turn in the project's credit queue (src/common/database/hot-row-queue.ts), the
-- credit charge (charge_reply_credit: account + ledger), COMMIT.
-- Then, after COMMIT in the same round trip, the live-stream wake-up NOTIFY in a transaction of its own (the
-- server sends these after commit too, at most one statement per 10 ms for all the writes: an upper bound).
-- Tickets are picked by number among the project's first :tickets.
\if :prepared = 0
-- Generic plans, as the server asks for its prepared statements.
SET plan_cache_mode = force_generic_plan;
PREPARE pb_key AS SELECT id, slug, name, config_version FROM project WHERE id = $1;
PREPARE pb_lock AS SELECT id AS ticket_id FROM ticket WHERE project_id = $1 AND ticket_number = $2 FOR UPDATE;
PREPARE pb_message AS INSERT INTO ticket_message (ticket_id, author, text, internal, attachments, delivery)
  VALUES ($1, 'agent', $2, false, '[]', NULL);
PREPARE pb_ticket_update AS UPDATE ticket SET last_message_at = now(), last_message_from = 'agent', updated_at = now(),
       search_vector = coalesce(search_vector, ''::tsvector) || to_tsvector('simple', $2::text)
  WHERE id = $1;
PREPARE pb_outbox AS WITH taken AS MATERIALIZED (
  SELECT coalesce(nullif(current_setting('zapnoty.streamed_events', true), ''), '0')::bigint AS streamed),
inserted AS (
  INSERT INTO outbox_event (project_id, topic, event_type, aggregate_id, payload, stream_position, status, last_error, processed_at)
  SELECT $1, 'webhook', 'ticket.replied', $2, '{"bench": true}', (pg_current_xact_id()::text::bigint << 20) + (SELECT streamed FROM taken) + 1,
         CASE WHEN w.project_id IS NULL THEN 'skipped' ELSE 'pending' END,
         CASE WHEN w.project_id IS NULL THEN 'no webhook configured' END,
         CASE WHEN w.project_id IS NULL THEN now() END
  FROM (SELECT 1) AS one LEFT JOIN webhook w ON w.project_id = $1
  RETURNING id, status)
SELECT (SELECT count(*) FROM inserted),
       array(SELECT DISTINCT 'webhook' FROM inserted WHERE status = 'pending'),
       (SELECT count(set_config('zapnoty.streamed_events', (streamed + 1)::text, true)) FROM taken WHERE $1 IS NOT NULL);
PREPARE pb_queue AS SELECT pg_advisory_xact_lock(18002, hashtext($1::uuid::text));
PREPARE pb_charge AS SELECT * FROM charge_reply_credit($1, NULL,
  date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', 100, 10);
\set prepared 1
\endif
\set number random(1, :tickets)
EXECUTE pb_key(':project_id');
BEGIN \; SELECT now() AS started_at \; EXECUTE pb_lock(':project_id', ':number') \gset
EXECUTE pb_message(':ticket_id', 'It left the warehouse today, here is the tracking link') \;
EXECUTE pb_ticket_update(':ticket_id', 'It left the warehouse today, here is the tracking link') \;
EXECUTE pb_outbox(':project_id', ':ticket_id') \;
EXECUTE pb_queue(':project_id') \;
EXECUTE pb_charge(':project_id') \;
COMMIT \; SELECT pg_notify('project_events', ':project_id');
