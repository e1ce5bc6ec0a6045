import { AppError } from '../common/errors/app-error.js';

/** 402: the project has neither free nor purchased credits left for a public reply. */
export class NoCreditsLeft extends AppError {
  constructor() {
    super(402, 'no credits left', 'no_credits_left');
  }
}

/** A top-up that would take the purchased balance past what the account holds. */
export class CreditBalanceTooLarge extends AppError {
  constructor(max: number) {
    super(422, `the purchased balance cannot exceed ${max} credits`, 'credit_balance_too_large');
  }
}
