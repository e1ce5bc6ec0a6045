import type { OutboundFile } from '../../src/attachments/attachment-kinds.js';
import { composeReply, TELEGRAM_LIMITS } from '../../src/messengers/outbound-parts.js';

const file = (n: number, type: 'photo' | 'document'): OutboundFile => ({
  attachmentId: `a${n}`,
  type,
  fileName: `f${n}`,
  mimeType: type === 'photo' ? 'image/png' : 'application/pdf',
});

describe('composeReply', () => {
  it('sends a text-only reply as text messages split at the text limit', () => {
    expect(composeReply('x'.repeat(5000), []).map((m) => m.text.length)).toEqual([4096, 904]);
  });

  it('puts a short text as the caption of a single file', () => {
    expect(composeReply('see attached', [file(1, 'document')])).toEqual([
      { text: 'see attached', files: [file(1, 'document')] },
    ]);
  });

  it('keeps the caption within 1024 characters and sends the rest of the text after the files', () => {
    const text = `${'a'.repeat(1000)} ${'b'.repeat(2000)}`;
    const messages = composeReply(text, [file(1, 'photo')]);
    expect(messages).toHaveLength(2);
    expect(messages[0].files).toEqual([file(1, 'photo')]);
    expect(messages[0].text.length).toBeLessThanOrEqual(TELEGRAM_LIMITS.caption);
    expect(messages[1].files).toBeUndefined();
    expect(messages[0].text + messages[1].text).toBe(text);
  });

  it('groups photos and documents into separate albums of at most 10', () => {
    const files = [
      ...Array.from({ length: 11 }, (_, i) => file(i, 'photo')),
      file(20, 'document'),
      file(21, 'document'),
    ];
    const messages = composeReply('', files);
    expect(messages.map((m) => m.files!.length)).toEqual([10, 1, 2]);
    expect(messages.every((m) => m.text === '')).toBe(true);
    expect(messages[2].files!.every((f) => f.type === 'document')).toBe(true);
  });
});
