-- A ticket's SLA due times, stored so the list can filter (sla=breached|at_risk) and sort (sort=sla_due) on
-- an index: ticket.sla_first_reply_due_at and ticket.sla_resolve_due_at, counted from created_at with the
-- project's thresholds, in business time when helpdesk_settings.business_hours is set. Written by triggers,
-- so every path that creates a ticket (API, bot, requests, MCP) gets them without knowing: on insert, when
-- created_at changes, and for every open ticket of a project when its thresholds or business hours change.
-- Closed tickets keep the due times of their day. The API's `sla` object is computed by src/tickets/sla.ts
-- with the same rules (business-time.ts is the twin of business-time.sql).
--
-- This file is the definition: migrations apply it (src/sla/business-time-sql.ts).
CREATE OR REPLACE FUNCTION helpdesk_sla_due(p_created timestamptz, p_hours int, p_business jsonb)
  RETURNS timestamptz
  LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
      WHEN p_hours IS NULL THEN NULL
      WHEN p_business IS NULL THEN p_created + p_hours * interval '1 hour'
      ELSE helpdesk_business_add(p_created, p_hours * 3600.0, p_business)
    END
$$;
-- SPLIT
CREATE OR REPLACE FUNCTION ticket_sla_due_on_write() RETURNS trigger
  LANGUAGE plpgsql AS $$
  DECLARE
    settings record;
  BEGIN
    SELECT s.sla_first_reply_hours, s.sla_resolve_hours, s.business_hours INTO settings
      FROM helpdesk_settings s WHERE s.project_id = NEW.project_id;
    -- Without business hours, plain arithmetic: each call of a SQL function from PL/pgSQL runs its own
    -- executor, which cost ticket creation about 10% of its throughput (bench/pgbench-create.sql).
    IF settings.business_hours IS NULL THEN
      NEW.sla_first_reply_due_at := NEW.created_at + settings.sla_first_reply_hours * interval '1 hour';
      NEW.sla_resolve_due_at := NEW.created_at + settings.sla_resolve_hours * interval '1 hour';
    ELSE
      NEW.sla_first_reply_due_at := helpdesk_sla_due(NEW.created_at, settings.sla_first_reply_hours,
                                                     settings.business_hours);
      NEW.sla_resolve_due_at := helpdesk_sla_due(NEW.created_at, settings.sla_resolve_hours,
                                                 settings.business_hours);
    END IF;
    RETURN NEW;
  END
$$;
-- SPLIT
DROP TRIGGER IF EXISTS ticket_sla_due ON ticket;
-- SPLIT
CREATE TRIGGER ticket_sla_due BEFORE INSERT OR UPDATE OF created_at ON ticket
  FOR EACH ROW EXECUTE FUNCTION ticket_sla_due_on_write();
-- SPLIT
CREATE OR REPLACE FUNCTION helpdesk_settings_sla_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    UPDATE ticket t
       SET sla_first_reply_due_at = helpdesk_sla_due(t.created_at, NEW.sla_first_reply_hours, NEW.business_hours),
           sla_resolve_due_at = helpdesk_sla_due(t.created_at, NEW.sla_resolve_hours, NEW.business_hours)
     WHERE t.project_id = NEW.project_id AND t.status <> 'closed';
    RETURN NULL;
  END
$$;
-- SPLIT
DROP TRIGGER IF EXISTS helpdesk_settings_sla_changed ON helpdesk_settings;
-- SPLIT
CREATE TRIGGER helpdesk_settings_sla_changed AFTER UPDATE OF sla_first_reply_hours, sla_resolve_hours, business_hours
  ON helpdesk_settings FOR EACH ROW
  WHEN (OLD.sla_first_reply_hours IS DISTINCT FROM NEW.sla_first_reply_hours
     OR OLD.sla_resolve_hours IS DISTINCT FROM NEW.sla_resolve_hours
     OR OLD.business_hours IS DISTINCT FROM NEW.business_hours)
  EXECUTE FUNCTION helpdesk_settings_sla_changed();
