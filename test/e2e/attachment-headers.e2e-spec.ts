import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { download, sha256 } from '../helpers/downloads.js';
import { useTelegramChat } from '../helpers/telegram-chat.js';

const SECRET = 'attachment-headers-secret';
// What Node accepts in a header value: tab, printable ASCII and Latin-1 (no CR, LF or other controls).
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * A customer's file name and MIME type come from the messenger's update, so they are the customer's input.
 * They are normalised where the attachment row is written and again when the file is served (older rows may
 * hold anything): a download answers 200 with valid headers, never a 5xx.
 */
describe('customer files with a MIME type or file name that is not a valid header value', () => {
  const { ctx, fake, updates, post, details, createTicketThroughBot } = useTelegramChat('779:headers', SECRET);
  const shop = ctx.useProject('Header Shop');
  let nextChat = 700_000 + Math.floor(Math.random() * 90_000);

  const badMimeTypes = [
    'text/plain\r\nX-Injected: 1',
    'text/plain\nSet-Cookie: a=b',
    'image/jpeg\u0007',
    'тип/файла',
    'application/€',
    'text plain',
    'text/plain; charset=ü',
    `application/${'x'.repeat(5000)}`,
    '',
    '   ',
    'no-slash',
  ];

  async function sendDocument(chat: number, fileId: string, document: Record<string, unknown>) {
    const bytes = randomBytes(2_000);
    fake.hostFile(fileId, bytes);
    const update = updates.media(chat, 'document', fileId);
    update.message.document = { ...update.message.document, ...document };
    await post(update);
    return bytes;
  }

  it('stores a bad Telegram mime_type as a valid one and serves the file with 200', async () => {
    const chat = nextChat++;
    const ticket = await createTicketThroughBot(shop, chat, 'Files with odd types');
    for (const [index, mimeType] of badMimeTypes.entries()) {
      const bytes = await sendDocument(chat, `mime-${chat}-${index}`, { mime_type: mimeType });
      const message = (await details(shop, ticket.id)).messages.at(-1);
      const [attachment] = message.attachments;
      expect(
        attachment.mime_type === null || /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(attachment.mime_type),
      ).toBe(true);
      const response = await download(shop.api, attachment.url);
      expect({ mimeType, status: response.status }).toEqual({ mimeType, status: 200 });
      expect(response.headers['content-type']).toMatch(HEADER_VALUE);
      expect(sha256(response.body)).toBe(sha256(bytes));
    }
  });

  it('keeps the type of a MIME type with parameters and falls back to application/octet-stream otherwise', async () => {
    const chat = nextChat++;
    const ticket = await createTicketThroughBot(shop, chat, 'Parameters and garbage');
    await sendDocument(chat, `param-${chat}`, { mime_type: 'text/plain; charset=ü' });
    await sendDocument(chat, `crlf-${chat}`, { mime_type: 'text/plain\r\nX-Injected: 1' });
    const [withParameters, injected] = (await details(shop, ticket.id)).messages.slice(-2);
    expect(withParameters.attachments[0].mime_type).toBe('text/plain');
    expect(injected.attachments[0].mime_type).toBe('application/octet-stream');
    const response = await download(shop.api, injected.attachments[0].url).expect(200);
    expect(response.headers['content-type']).toBe('application/octet-stream');
    expect(response.headers['x-injected']).toBeUndefined();
  });

  it('serves a file whose name has controls, quotes, an emoji cut at 200 characters or is very long', async () => {
    const chat = nextChat++;
    const ticket = await createTicketThroughBot(shop, chat, 'Odd file names');
    const names = [
      'bad\r\nname.txt',
      `${'a'.repeat(199)}😀.txt`,
      'quote " and \\ slash /.txt',
      'n'.repeat(5000),
      '\u0001\u0002',
      '',
    ];
    for (const [index, fileName] of names.entries()) {
      await sendDocument(chat, `name-${chat}-${index}`, { file_name: fileName });
      const [attachment] = (await details(shop, ticket.id)).messages.at(-1).attachments;
      expect(attachment.file_name === null || attachment.file_name.length <= 255).toBe(true);
      const response = await download(shop.api, attachment.url);
      expect({ fileName: fileName.slice(0, 40), status: response.status }).toEqual({
        fileName: fileName.slice(0, 40),
        status: 200,
      });
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''/,
      );
    }
  });

  it('serves a row written before normalisation, whatever its MIME type and name hold', async () => {
    const chat = nextChat++;
    const ticket = await createTicketThroughBot(shop, chat, 'An old row');
    await sendDocument(chat, `old-${chat}`, {});
    const [attachment] = (await details(shop, ticket.id)).messages.at(-1).attachments;
    const dataSource = ctx.app.get(DataSource);
    for (const [mimeType, fileName] of [
      ['text/plain\r\nX-Injected: 1', 'tab\there'],
      ['application/€', 'line\nbreak'],
      ['', ''],
      [`a/${'b'.repeat(5000)}`, `${'c'.repeat(199)}😀`],
    ]) {
      await dataSource.query(`UPDATE attachment SET mime_type = $2, file_name = $3 WHERE id = $1`, [
        attachment.id,
        mimeType,
        fileName,
      ]);
      const response = await download(shop.api, attachment.url);
      expect({ mimeType, status: response.status }).toEqual({ mimeType, status: 200 });
      expect(response.headers['content-type']).toBe('application/octet-stream');
    }
  });
});
