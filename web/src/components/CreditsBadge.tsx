import { useCredits } from '../api/queries';
import { useI18n } from '../i18n/i18n';

/** Below this many credits in total the API fires `credits.low`; the console warns at the same point. */
const LOW_CREDITS = 10;

/** Credits left for public replies (free this month + purchased); every reply event makes them stale. */
export function CreditsBadge() {
  const { t } = useI18n();
  const { data: value } = useCredits();
  if (!value) return null;
  const freeLeft = Math.max(0, value.free_monthly - value.free_used);
  const details = t('credits.details', { free: freeLeft, monthly: value.free_monthly, balance: value.balance });
  return (
    <span
      className={value.remaining < LOW_CREDITS ? 'credits credits-low' : 'credits'}
      data-testid="credits"
      data-remaining={value.remaining}
      title={details}
    >
      {t('credits.remaining', { count: value.remaining })}
    </span>
  );
}
