import { parseRoutingAction, parseRoutingCondition } from '../../src/routing/routing-rule-definition.js';
import { InvalidRoutingRule } from '../../src/routing/routing.errors.js';

function failure(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidRoutingRule);
    return (error as Error).message;
  }
  throw new Error('expected the definition to be rejected');
}

describe('parseRoutingCondition', () => {
  it('accepts every key and normalises strings and ids', () => {
    expect(
      parseRoutingCondition({
        channel: 'telegram',
        subject_contains: '  Refund ',
        text_contains: 'card',
        ticket_type_id: '8A1F3C2E-5B6D-4E7F-8A9B-0C1D2E3F4A5B',
        ticket_type: ' Bug ',
      }),
    ).toEqual({
      channel: 'telegram',
      subject_contains: 'Refund',
      text_contains: 'card',
      ticket_type_id: '8a1f3c2e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
      ticket_type: 'Bug',
    });
  });

  it.each([
    [{}, /condition must have at least one of/],
    [[], /condition must be an object/],
    [{ colour: 'red' }, /condition\.colour is not a known key/],
    [{ channel: 'email' }, /condition\.channel must be one of telegram, max, virtual/],
    [{ channel: 1 }, /condition\.channel must be one of/],
    [{ subject_contains: '' }, /condition\.subject_contains must not be blank/],
    [{ text_contains: '   ' }, /condition\.text_contains must not be blank/],
    [{ text_contains: 5 }, /condition\.text_contains must be a string/],
    [{ text_contains: 'x'.repeat(201) }, /condition\.text_contains must be at most 200 characters/],
    [{ ticket_type_id: 'bug' }, /condition\.ticket_type_id must be a UUID/],
    [{ ticket_type: null }, /condition\.ticket_type must be a string/],
  ])('rejects %j naming the key', (condition, message) => {
    expect(failure(() => parseRoutingCondition(condition))).toMatch(message);
  });
});

describe('parseRoutingAction', () => {
  it('accepts every key', () => {
    expect(
      parseRoutingAction({
        assign_to: '8a1f3c2e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
        set_priority: 'urgent',
        add_tag: ' vip-клиент_1 ',
      }),
    ).toEqual({
      assign_to: '8a1f3c2e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
      set_priority: 'urgent',
      add_tag: 'vip-клиент_1',
    });
  });

  it.each([
    [{}, /action must have at least one of/],
    [null, /action must be an object/],
    [{ close: true }, /action\.close is not a known key/],
    [{ assign_to: 'anna' }, /action\.assign_to must be a UUID/],
    [{ assign_to: null }, /action\.assign_to must be a UUID/],
    [{ set_priority: 'critical' }, /action\.set_priority must be one of low, normal, high, urgent/],
    [{ add_tag: 'two words' }, /action\.add_tag must be 1-64 letters/],
    [{ add_tag: 'x'.repeat(65) }, /action\.add_tag must be 1-64 letters/],
    [{ add_tag: '' }, /action\.add_tag must be 1-64 letters/],
    [{ add_tag: ['vip'] }, /action\.add_tag must be a string/],
  ])('rejects %j naming the key', (action, message) => {
    expect(failure(() => parseRoutingAction(action))).toMatch(message);
  });
});
