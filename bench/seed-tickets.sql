-- Seeds one project with :tickets tickets (default 1,000,000), two messages each (customer + agent
-- reply), 10,000 telegram subscribers and 10 agents, entirely in SQL (generate_series).
-- Usage (see "The list at a million tickets" in docs/performance.md):
--   psql "$DATABASE_URL" -v project_id=<uuid> -v tickets=1000000 -f bench/seed-tickets.sql
-- Status mix of a live helpdesk: 94% closed, 2% each new / in_progress / waiting; priorities, tags,
-- assignees and customers drawn independently.
\set ON_ERROR_STOP on
\if :{?tickets}
\else
  \set tickets 1000000
\endif
\timing on
SET synchronous_commit = off;
SET maintenance_work_mem = '256MB';
SELECT setseed(0.42);

BEGIN;
INSERT INTO team_member (project_id, email, name, role)
SELECT :'project_id', 'bench-agent-' || g || '@example.com', 'Agent ' || g, 'support'
FROM generate_series(1, 10) g
ON CONFLICT DO NOTHING;

-- Customers who opened the project's help link (contacted_at): the API opens tickets only for those.
INSERT INTO subscriber (project_id, channel, chat_id, first_name, username, created_at, contacted_at)
SELECT :'project_id', 'telegram', 1000000000 + g, 'Customer ' || g, 'customer_' || g, now() - interval '400 days',
       now() - interval '400 days'
FROM generate_series(0, 9999) g
ON CONFLICT DO NOTHING;

CREATE TEMP TABLE bench_agents AS
SELECT row_number() OVER (ORDER BY id) - 1 AS slot, id FROM team_member WHERE project_id = :'project_id' AND email LIKE 'bench-agent-%';
CREATE TEMP TABLE bench_subscribers AS
SELECT chat_id - 1000000000 AS slot, id, chat_id FROM subscriber WHERE project_id = :'project_id' AND channel = 'telegram' AND chat_id BETWEEN 1000000000 AND 1000009999;
CREATE INDEX ON bench_subscribers (slot);

-- Ticket numbers continue after whatever the project already has.
CREATE TEMP TABLE bench_base AS
SELECT coalesce((SELECT last_number FROM ticket_number_counter WHERE project_id = :'project_id'), 0) AS base;

INSERT INTO ticket (project_id, ticket_number, subject, status, priority, channel, chat_id, subscriber_id, assigned_to, tags,
                    first_reply_at, closed_at, last_message_at, last_message_from, search_vector, created_at, updated_at)
SELECT :'project_id',
       base + g,
       subject,
       status,
       CASE WHEN r_priority < 0.15 THEN 'low' WHEN r_priority < 0.8 THEN 'normal' WHEN r_priority < 0.95 THEN 'high' ELSE 'urgent' END,
       'telegram',
       s.chat_id,
       s.id,
       a.id,
       CASE WHEN r_tag < 0.1 THEN ARRAY['billing'] WHEN r_tag < 0.15 THEN ARRAY['vip', 'billing'] ELSE '{}' END,
       CASE WHEN status = 'new' THEN NULL ELSE created + interval '20 minutes' END,
       CASE WHEN status = 'closed' THEN created + interval '3 hours' END,
       CASE WHEN status = 'new' THEN created ELSE created + interval '20 minutes' END,
       CASE WHEN status = 'new' THEN 'customer' ELSE 'agent' END,
       to_tsvector('simple', subject || ' ' || body || CASE WHEN status = 'new' THEN '' ELSE ' ' || reply END),
       created,
       CASE WHEN status = 'closed' THEN created + interval '3 hours' WHEN status = 'new' THEN created ELSE created + interval '20 minutes' END
FROM (
  SELECT g,
         now() - (:tickets - g) * interval '20 seconds' AS created,
         CASE WHEN r_status < 0.02 THEN 'new' WHEN r_status < 0.04 THEN 'in_progress' WHEN r_status < 0.06 THEN 'waiting' ELSE 'closed' END AS status,
         (ARRAY['Login issue', 'Payment failed', 'Refund request', 'Delivery late', 'App crashes', 'Change e-mail'])[1 + topic] || ' #' || g AS subject,
         'Customer message ' || g || ': ' || (ARRAY['code not arriving', 'card declined twice', 'want my money back', 'parcel stuck in transit', 'crash on start', 'update my address'])[1 + topic] AS body,
         'Agent reply ' || g || ': we are looking into it' AS reply,
         r_priority, r_tag, r_agent, r_subscriber
  FROM (
    -- Independent pseudo-random attributes (fixed seed: every run builds the same data).
    SELECT g, random() AS r_status, floor(random() * 6)::int AS topic, random() AS r_priority, random() AS r_tag,
           floor(random() * 13)::int AS r_agent, floor(random() * 10000)::int AS r_subscriber
    FROM generate_series(1, :tickets) g
  ) draws
) seed
CROSS JOIN bench_base
JOIN bench_subscribers s ON s.slot = r_subscriber
-- Slots 10..12 have no agent: about a quarter of the tickets are unassigned.
LEFT JOIN bench_agents a ON a.slot = r_agent;

INSERT INTO ticket_number_counter (project_id, last_number)
SELECT :'project_id', base + :tickets FROM bench_base
ON CONFLICT (project_id) DO UPDATE SET last_number = EXCLUDED.last_number;
COMMIT;

BEGIN;
INSERT INTO ticket_message (ticket_id, author, text, created_at)
SELECT id, 'customer', 'Customer message ' || ticket_number || ': please help', created_at
FROM ticket WHERE project_id = :'project_id' AND ticket_number > (SELECT base FROM bench_base);
INSERT INTO ticket_message (ticket_id, author, text, created_at)
SELECT id, 'agent', 'Agent reply ' || ticket_number || ': we are looking into it', first_reply_at
FROM ticket WHERE project_id = :'project_id' AND ticket_number > (SELECT base FROM bench_base) AND first_reply_at IS NOT NULL;
INSERT INTO ticket_status_change (ticket_id, from_status, to_status, source, changed_at)
SELECT id, 'new', 'closed', 'api', closed_at
FROM ticket WHERE project_id = :'project_id' AND ticket_number > (SELECT base FROM bench_base) AND status = 'closed';
COMMIT;

VACUUM ANALYZE subscriber;
VACUUM ANALYZE ticket;
VACUUM ANALYZE ticket_message;
VACUUM ANALYZE ticket_status_change;
SELECT count(*) AS tickets FROM ticket WHERE project_id = :'project_id';
