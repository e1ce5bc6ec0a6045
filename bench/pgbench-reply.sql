-- The bare agent-reply transaction (a public reply on a virtual ticket), for the pgbench side of
-- bench/reply-ratio.mjs:
--   pgbench -n -f bench/pgbench-reply.sql -D project_id=<uuid> -D tickets=<n> -c 16 -T 10 "$DATABASE_URL"
-- Round trip for round trip what the server sends: the API key lookup (the rate-limit bucket is written
-- once per slice of 100 requests at the benchmark's limit), BEGIN with the ticket's lock, then the commit
-- round trip: the message insert, the ticket update (last message, search document), the ticket.replied
-- outbox row taking the event stream position (stored skipped: the project has no webhook, looked up in
-- the same statement), the credit charge (charge_reply_credit: account + ledger), COMMIT. Tickets are picked by number among the project's first :tickets.
\set number random(1, :tickets)
SELECT id, slug, name, config_version FROM project WHERE id = ':project_id';
BEGIN \; SELECT now() AS started_at \;
SELECT id AS ticket_id FROM ticket WHERE project_id = ':project_id' AND ticket_number = :number FOR UPDATE \gset
INSERT INTO ticket_message (ticket_id, author, text, internal, attachments, delivery)
  VALUES (':ticket_id', 'agent', 'It left the warehouse today, here is the tracking link', false, '[]', NULL) \;
UPDATE ticket SET last_message_at = now(), last_message_from = 'agent', updated_at = now(),
       search_vector = coalesce(search_vector, ''::tsvector) || to_tsvector('simple', 'It left the warehouse today, here is the tracking link')
  WHERE id = ':ticket_id' \;
WITH counter AS (
  INSERT INTO project_event_counter (project_id, last_position) VALUES (':project_id', 1)
  ON CONFLICT (project_id) DO UPDATE SET last_position = project_event_counter.last_position + 1
  RETURNING last_position, pg_notify('project_events', project_id::text)),
inserted AS (
  INSERT INTO outbox_event (project_id, topic, event_type, aggregate_id, payload, stream_position, status, last_error, processed_at)
  SELECT ':project_id', 'webhook', 'ticket.replied', ':ticket_id', '{"bench": true}', (SELECT last_position FROM counter),
         CASE WHEN w.project_id IS NULL THEN 'skipped' ELSE 'pending' END,
         CASE WHEN w.project_id IS NULL THEN 'no webhook configured' END,
         CASE WHEN w.project_id IS NULL THEN now() END
  FROM (SELECT 1) AS one LEFT JOIN webhook w ON w.project_id = ':project_id'
  RETURNING id, status)
SELECT (SELECT count(*) FROM inserted),
       (SELECT count(pg_notify('outbox_event', 'webhook')) FROM inserted WHERE status = 'pending') \;
SELECT * FROM charge_reply_credit(':project_id', NULL, date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', 100, 10) \;
COMMIT;
