import { subjectOf, withPendingMessage } from '../../src/messengers/conversation-turn.js';
import type { DraftMessage } from '../../src/messengers/messenger-chat.entity.js';

const draft = (overrides: Partial<DraftMessage> = {}): DraftMessage =>
  ({ text: 'hello', attachments: [], messageId: '1', mediaGroupId: null, ...overrides }) as DraftMessage;

describe('withPendingMessage', () => {
  it('keeps the items of one album as one message, texts joined and files together', () => {
    const photo = { type: 'photo' } as unknown as DraftMessage['attachments'][number];
    const first = draft({ text: 'caption', mediaGroupId: 'g1', attachments: [photo] });
    const second = draft({ text: '', messageId: '2', mediaGroupId: 'g1', attachments: [photo] });
    const pending = withPendingMessage(withPendingMessage([], first), second);
    expect(pending).toHaveLength(1);
    expect(pending[0].text).toBe('caption');
    expect(pending[0].attachments).toHaveLength(2);
  });

  it('keeps only the latest 20 messages', () => {
    let pending: DraftMessage[] = [];
    for (let index = 0; index < 25; index += 1) {
      pending = withPendingMessage(pending, draft({ messageId: String(index) }));
    }
    expect(pending).toHaveLength(20);
    expect(pending[0].messageId).toBe('5');
  });
});

describe('subjectOf', () => {
  it('takes the first line, shortened to 100 characters', () => {
    expect(subjectOf(draft({ text: 'Login broken\nsince today' }))).toBe('Login broken');
    const long = subjectOf(draft({ text: 'x'.repeat(150) }))!;
    expect(long).toHaveLength(100);
    expect(long.endsWith('…')).toBe(true);
  });

  it('gives no subject for an empty first line', () => {
    expect(subjectOf(draft({ text: '   ' }))).toBeNull();
  });
});
