-- Gives back the credit of a reply whose chat delivery failed for good, in the transaction that records the
-- failure (CreditAccountStore.refundReply). The charge's own pool gets the credit back: a purchased credit
-- returns to the balance; a free one to this month's allowance when it was taken this month (an earlier
-- month's allowance is gone: the entry is written with amount 0). No credit was charged (an internal note,
-- a close message): nothing happens. The unique index credit_ledger_entry_refund_uq makes a second refund of
-- one message impossible, whatever runs it twice.
--
-- This file is the definition: migrations apply it (CreditFunctionsFromFiles). To change the function, edit
-- it here and add a migration that applies the credit functions again (src/credits/credit-functions.ts).
CREATE OR REPLACE FUNCTION refund_reply_credit(
    p_project uuid, p_message uuid, p_month_start timestamptz, p_free_monthly int, p_low_threshold int)
  RETURNS TABLE (pool text, amount int)
  LANGUAGE plpgsql AS $$
  DECLARE
    account credit_account%ROWTYPE;
    charge record;
  BEGIN
    SELECT e.pool, e.created_at INTO charge FROM credit_ledger_entry e
     WHERE e.message_id = p_message AND e.project_id = p_project AND e.kind = 'reply'
     ORDER BY e.id LIMIT 1;
    IF NOT FOUND THEN RETURN; END IF;
    -- The account lock first: a concurrent refund of the same message has committed by the time the
    -- check below runs (each statement of a READ COMMITTED transaction sees what committed before it).
    SELECT * INTO account FROM credit_account a WHERE a.project_id = p_project FOR UPDATE;
    IF NOT FOUND THEN RETURN; END IF;
    IF EXISTS (SELECT 1 FROM credit_ledger_entry e WHERE e.message_id = p_message AND e.kind = 'refund') THEN
      RETURN;
    END IF;
    IF p_month_start > account.period_start THEN
      account.period_start := p_month_start;
      account.free_used := 0;
      account.replies_this_month := 0;
    END IF;
    amount := 0;
    IF charge.pool = 'purchased' THEN
      account.balance := account.balance + 1;
      amount := 1;
    ELSIF charge.created_at >= account.period_start AND account.free_used > 0 THEN
      account.free_used := account.free_used - 1;
      amount := 1;
    END IF;
    IF amount = 1 AND charge.created_at >= account.period_start THEN
      account.replies_this_month := greatest(account.replies_this_month - 1, 0);
    END IF;
    -- A refund only raises the total: the low-credits alert re-arms once it is back at the threshold.
    UPDATE credit_account a
       SET period_start = account.period_start, free_used = account.free_used, balance = account.balance,
           replies_this_month = account.replies_this_month,
           low_notified = account.low_notified
             AND greatest(p_free_monthly - account.free_used, 0) + account.balance < p_low_threshold,
           updated_at = now()
     WHERE a.project_id = p_project;
    INSERT INTO credit_ledger_entry (project_id, kind, amount, pool, message_id, balance_after)
      VALUES (p_project, 'refund', amount, charge.pool, p_message, account.balance);
    pool := charge.pool;
    RETURN NEXT;
  END $$;
