-- The charge of one public agent reply, run in the reply's commit round trip (CreditAccountStore): the
-- account row is the project's busiest lock on replies; deciding in Node meant holding it while the event
-- loop got round to the next statement. The rules are those of credit-charge.ts (inPeriodOf, settleLowAlert)
-- and test/helpers/credit-rules.ts (decideCharge), which test/e2e/credit-charge-sql.e2e-spec.ts checks this
-- against. Raises SQLSTATE ZC402 when neither pool has a credit.
--
-- This file is the definition: migrations apply it (CreditFunctionsFromFiles). To change the function, edit
-- it here and add a migration that applies the credit functions again (src/credits/credit-functions.ts).
CREATE OR REPLACE FUNCTION charge_reply_credit(
    p_project uuid, p_message uuid, p_month_start timestamptz, p_free_monthly int, p_low_threshold int)
  RETURNS TABLE (pool text, low_alert boolean, period_start timestamptz, free_used int, balance int,
                 replies_this_month int)
  LANGUAGE plpgsql AS $$
  DECLARE
    account credit_account%ROWTYPE;
    low boolean;
  BEGIN
    INSERT INTO credit_account (project_id, period_start) VALUES (p_project, p_month_start)
      ON CONFLICT (project_id) DO NOTHING;
    SELECT * INTO account FROM credit_account a WHERE a.project_id = p_project FOR UPDATE;
    -- inPeriodOf: a later month starts with a fresh allowance; the alert stays armed only while low.
    IF p_month_start > account.period_start THEN
      account.period_start := p_month_start;
      account.free_used := 0;
      account.replies_this_month := 0;
      account.low_notified := account.low_notified AND p_free_monthly + account.balance < p_low_threshold;
    END IF;
    -- decideCharge: the month's free credits first, then purchased ones, else refused.
    IF account.free_used < p_free_monthly THEN
      pool := 'free';
      account.free_used := account.free_used + 1;
    ELSIF account.balance > 0 THEN
      pool := 'purchased';
      account.balance := account.balance - 1;
    ELSE
      RAISE EXCEPTION 'no credits left' USING ERRCODE = 'ZC402';
    END IF;
    account.replies_this_month := account.replies_this_month + 1;
    -- settleLowAlert: alert once when the total drops below the threshold, re-arm once it is back.
    low := greatest(p_free_monthly - account.free_used, 0) + account.balance < p_low_threshold;
    low_alert := low AND NOT account.low_notified;
    UPDATE credit_account a
       SET period_start = account.period_start, free_used = account.free_used, balance = account.balance,
           replies_this_month = account.replies_this_month, low_notified = low, updated_at = now()
     WHERE a.project_id = p_project;
    INSERT INTO credit_ledger_entry (project_id, kind, amount, pool, message_id, balance_after)
      VALUES (p_project, 'reply', -1, pool, p_message, account.balance);
    period_start := account.period_start;
    free_used := account.free_used;
    balance := account.balance;
    replies_this_month := account.replies_this_month;
    RETURN NEXT;
  END $$;
