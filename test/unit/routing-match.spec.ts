import {
  conditionHolds,
  findMatchingRule,
  type MatchableRule,
  type RoutingTicketDraft,
} from '../../src/routing/routing-match.js';
import type { RoutingCondition } from '../../src/routing/routing-rule-definition.js';

const BUG_TYPE_ID = '8a1f3c2e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';

function draft(overrides: Partial<RoutingTicketDraft> = {}): RoutingTicketDraft {
  return {
    channel: 'virtual',
    subject: 'Login issue',
    text: 'The verification code is not arriving',
    ticketTypeId: null,
    ticketTypeName: null,
    ...overrides,
  };
}

let ruleCounter = 0;
function rule(condition: RoutingCondition, overrides: Partial<MatchableRule> = {}): MatchableRule {
  ruleCounter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(ruleCounter).padStart(12, '0')}`,
    condition,
    action: { set_priority: 'high' },
    orderIndex: 0,
    enabled: true,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, ruleCounter)),
    ...overrides,
  };
}

describe('conditionHolds', () => {
  it('matches the channel exactly', () => {
    expect(conditionHolds({ channel: 'telegram' }, draft({ channel: 'telegram' }))).toBe(true);
    expect(conditionHolds({ channel: 'telegram' }, draft({ channel: 'max' }))).toBe(false);
  });

  it('matches subject_contains as a case-insensitive substring', () => {
    expect(conditionHolds({ subject_contains: 'LOGIN' }, draft({ subject: 'Cannot login today' }))).toBe(true);
    expect(conditionHolds({ subject_contains: 'refund' }, draft({ subject: 'Cannot login today' }))).toBe(false);
  });

  it('does not match subject_contains on a ticket without a subject', () => {
    expect(conditionHolds({ subject_contains: 'login' }, draft({ subject: null }))).toBe(false);
  });

  it('matches text_contains as a case-insensitive substring, also in other scripts', () => {
    expect(conditionHolds({ text_contains: 'code is NOT' }, draft())).toBe(true);
    expect(conditionHolds({ text_contains: 'ОПЛАТА' }, draft({ text: 'Не проходит оплата картой' }))).toBe(true);
    expect(conditionHolds({ text_contains: 'refund' }, draft())).toBe(false);
  });

  it('matches ticket_type_id against the ticket type id, ignoring hex case', () => {
    expect(
      conditionHolds(
        { ticket_type_id: BUG_TYPE_ID },
        draft({ ticketTypeId: BUG_TYPE_ID.toUpperCase(), ticketTypeName: 'Bug' }),
      ),
    ).toBe(true);
    expect(conditionHolds({ ticket_type_id: BUG_TYPE_ID }, draft({ ticketTypeId: null }))).toBe(false);
    expect(
      conditionHolds(
        { ticket_type_id: BUG_TYPE_ID },
        draft({ ticketTypeId: '11111111-1111-4111-8111-111111111111', ticketTypeName: 'Bug' }),
      ),
    ).toBe(false);
  });

  it('matches ticket_type against the type name case-insensitively', () => {
    expect(conditionHolds({ ticket_type: 'bug' }, draft({ ticketTypeId: BUG_TYPE_ID, ticketTypeName: 'Bug' }))).toBe(
      true,
    );
    expect(conditionHolds({ ticket_type: ' BUG ' }, draft({ ticketTypeId: BUG_TYPE_ID, ticketTypeName: 'bug' }))).toBe(
      true,
    );
    expect(
      conditionHolds({ ticket_type: 'bug' }, draft({ ticketTypeId: BUG_TYPE_ID, ticketTypeName: 'Bug report' })),
    ).toBe(false);
    expect(conditionHolds({ ticket_type: 'bug' }, draft())).toBe(false);
  });

  it('requires every key of a multi-key condition to hold', () => {
    const condition: RoutingCondition = { channel: 'telegram', text_contains: 'code', ticket_type: 'Bug' };
    expect(
      conditionHolds(condition, draft({ channel: 'telegram', ticketTypeId: BUG_TYPE_ID, ticketTypeName: 'Bug' })),
    ).toBe(true);
    expect(conditionHolds(condition, draft({ channel: 'max', ticketTypeId: BUG_TYPE_ID, ticketTypeName: 'Bug' }))).toBe(
      false,
    );
    expect(
      conditionHolds(
        condition,
        draft({ channel: 'telegram', text: 'hello', ticketTypeId: BUG_TYPE_ID, ticketTypeName: 'Bug' }),
      ),
    ).toBe(false);
    expect(conditionHolds(condition, draft({ channel: 'telegram' }))).toBe(false);
  });

  it('never matches an empty condition', () => {
    expect(conditionHolds({}, draft())).toBe(false);
  });
});

describe('findMatchingRule', () => {
  it('returns null when no rule matches, or there are no rules', () => {
    expect(findMatchingRule([rule({ channel: 'max' })], draft())).toBeNull();
    expect(findMatchingRule([], draft())).toBeNull();
  });

  it('returns the first match by order_index, whatever the array order', () => {
    const late = rule({ channel: 'virtual' }, { orderIndex: 5 });
    const early = rule({ text_contains: 'code' }, { orderIndex: 1 });
    const nonMatching = rule({ channel: 'max' }, { orderIndex: 0 });
    expect(findMatchingRule([late, nonMatching, early], draft())).toBe(early);
  });

  it('breaks order_index ties by creation time, older first', () => {
    const older = rule({ channel: 'virtual' }, { orderIndex: 1, createdAt: new Date('2026-01-01T00:00:00Z') });
    const newer = rule({ channel: 'virtual' }, { orderIndex: 1, createdAt: new Date('2026-01-02T00:00:00Z') });
    expect(findMatchingRule([newer, older], draft())).toBe(older);
  });

  it('orders negative order_index values before zero', () => {
    const zero = rule({ channel: 'virtual' }, { orderIndex: 0 });
    const negative = rule({ channel: 'virtual' }, { orderIndex: -3 });
    expect(findMatchingRule([zero, negative], draft())).toBe(negative);
  });

  it('skips disabled rules even when they come first and match', () => {
    const disabled = rule({ channel: 'virtual' }, { orderIndex: 0, enabled: false });
    const enabled = rule({ channel: 'virtual' }, { orderIndex: 9 });
    expect(findMatchingRule([disabled, enabled], draft())).toBe(enabled);
    expect(findMatchingRule([disabled], draft())).toBeNull();
  });

  it('does not reorder the array it is given', () => {
    const rules = [rule({ channel: 'virtual' }, { orderIndex: 2 }), rule({ channel: 'virtual' }, { orderIndex: 1 })];
    const before = [...rules];
    findMatchingRule(rules, draft());
    expect(rules).toEqual(before);
  });
});
