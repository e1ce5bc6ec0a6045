-- The bare agent-reply transaction (a public reply on a virtual ticket), for the pgbench side of
-- bench/reply-ratio.mjs:
--   pgbench -n -f bench/pgbench-reply.sql -D project_id=<uuid> -D tickets=<n> -c 16 -T 10 "$DATABASE_URL"
-- The writes a reply cannot do without, each once: the API key lookup + shared rate-limit bucket, then the
-- transaction: lock the ticket, insert the message, update the ticket (last message, search document),
-- take the event stream position, insert the ticket.replied outbox row with its NOTIFY, charge a credit
-- (account + ledger), commit. Tickets are picked by number among the project's first :tickets.
\set number random(1, :tickets)
WITH found AS (SELECT id, slug, name FROM project WHERE id = ':project_id'),
     counted AS (INSERT INTO rate_limit_bucket (project_id, window_start, hits) SELECT id, date_trunc('minute', now()), 1 FROM found
                 ON CONFLICT (project_id, window_start) DO UPDATE SET hits = rate_limit_bucket.hits + 1 RETURNING hits)
SELECT found.id, found.slug, found.name, counted.hits FROM found, counted;
BEGIN;
SELECT id AS ticket_id FROM ticket WHERE project_id = ':project_id' AND ticket_number = :number FOR UPDATE \gset
INSERT INTO ticket_message (ticket_id, author, text, internal, attachments, delivery)
  VALUES (':ticket_id', 'agent', 'It left the warehouse today, here is the tracking link', false, '[]', NULL) RETURNING id, created_at;
UPDATE ticket SET last_message_at = now(), last_message_from = 'agent', updated_at = now(),
       search_vector = coalesce(search_vector, ''::tsvector) || to_tsvector('simple', 'It left the warehouse today, here is the tracking link')
  WHERE id = ':ticket_id' RETURNING *;
INSERT INTO project_event_counter (project_id, last_position) VALUES (':project_id', 1)
  ON CONFLICT (project_id) DO UPDATE SET last_position = project_event_counter.last_position + 1 RETURNING last_position \gset
WITH inserted AS (
  INSERT INTO outbox_event (project_id, topic, event_type, aggregate_id, payload, stream_position)
  VALUES (':project_id', 'webhook', 'ticket.replied', ':ticket_id', '{"bench": true}', :last_position) RETURNING *)
SELECT inserted.*, (SELECT count(pg_notify('outbox_event', 'webhook'))) AS notified FROM inserted;
WITH account AS (
  UPDATE credit_account SET balance = balance - 1, replies_this_month = replies_this_month + 1, updated_at = now()
  WHERE project_id = ':project_id' RETURNING balance)
INSERT INTO credit_ledger_entry (project_id, kind, amount, pool, message_id, balance_after)
  SELECT ':project_id', 'reply', -1, 'purchased', NULL, balance FROM account;
COMMIT;
