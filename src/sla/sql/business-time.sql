-- Business time in PostgreSQL: the twin of src/sla/business-time.ts (same windows, holidays, midnight spans
-- and DST choices: `timestamp AT TIME ZONE` reads a time in a DST gap with the offset before the change and
-- an ambiguous one as its later instant). Used where a due time must be stored or aggregated in SQL: the
-- ticket's sla_*_due_at columns (trigger ticket_sla_due) and the SLA report. `p_hours` is the
-- helpdesk_settings.business_hours value, already validated ({timezone, week: {mon: [{from, to}]…}, holidays}).
--
-- This file is the definition: migrations apply it (src/sla/business-time-sql.ts). To change a function,
-- edit it here and add a migration that applies the file again.
CREATE OR REPLACE FUNCTION helpdesk_business_day_windows(p_day date, p_hours jsonb)
  RETURNS TABLE (opens timestamptz, closes timestamptz)
  LANGUAGE sql IMMUTABLE AS $$
    SELECT (p_day + (w->>'from')::time) AT TIME ZONE (p_hours->>'timezone'),
           (CASE WHEN (w->>'to')::time > (w->>'from')::time THEN p_day ELSE p_day + 1 END + (w->>'to')::time)
             AT TIME ZONE (p_hours->>'timezone')
      FROM jsonb_array_elements(
             p_hours->'week'->((ARRAY['mon','tue','wed','thu','fri','sat','sun'])[extract(isodow FROM p_day)::int])
           ) w
     WHERE NOT coalesce(p_hours->'holidays' ? to_char(p_day, 'YYYY-MM-DD'), false)
     ORDER BY (w->>'from')::time
$$;
-- SPLIT
CREATE OR REPLACE FUNCTION helpdesk_business_add(p_start timestamptz, p_seconds double precision, p_hours jsonb)
  RETURNS timestamptz
  LANGUAGE plpgsql IMMUTABLE AS $$
  DECLARE
    first_day date := (p_start AT TIME ZONE (p_hours->>'timezone'))::date - 1;
    remaining double precision := p_seconds;
    last_close timestamptz := '-infinity';
    from_at timestamptz;
    available double precision;
    w record;
  BEGIN
    -- Three years, as far as business-time.ts looks.
    FOR day IN 0..1097 LOOP
      FOR w IN SELECT * FROM helpdesk_business_day_windows(first_day + day, p_hours) LOOP
        CONTINUE WHEN w.closes <= p_start OR w.closes <= last_close;
        from_at := greatest(w.opens, p_start, last_close);
        last_close := w.closes;
        available := extract(epoch FROM w.closes - from_at);
        IF remaining <= available THEN
          RETURN from_at + make_interval(secs => remaining);
        END IF;
        remaining := remaining - available;
      END LOOP;
    END LOOP;
    RETURN NULL;
  END
$$;
-- SPLIT
CREATE OR REPLACE FUNCTION helpdesk_business_seconds(p_from timestamptz, p_to timestamptz, p_hours jsonb)
  RETURNS double precision
  LANGUAGE plpgsql IMMUTABLE AS $$
  DECLARE
    first_day date := (p_from AT TIME ZONE (p_hours->>'timezone'))::date - 1;
    total double precision := 0;
    last_close timestamptz := '-infinity';
    w record;
  BEGIN
    IF p_to IS NULL OR p_to <= p_from THEN RETURN 0; END IF;
    FOR day IN 0..1097 LOOP
      FOR w IN SELECT * FROM helpdesk_business_day_windows(first_day + day, p_hours) LOOP
        IF w.opens >= p_to THEN RETURN floor(total); END IF;
        CONTINUE WHEN w.closes <= p_from OR w.closes <= last_close;
        total := total + extract(epoch FROM least(w.closes, p_to) - greatest(w.opens, p_from, last_close));
        last_close := w.closes;
      END LOOP;
    END LOOP;
    RETURN floor(total);
  END
$$;
