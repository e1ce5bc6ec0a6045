import { FakeMax, MaxUpdates } from '../helpers/fake-max.js';
import { FakeTelegram } from '../helpers/fake-telegram.js';
import { seededRandom } from '../helpers/fuzz.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { TelegramUpdates } from '../helpers/telegram-updates.js';
import { useTestApp } from '../helpers/test-app.js';

const TELEGRAM_TOKEN = '781:fuzz-updates';
const TELEGRAM_SECRET = 'fuzz-telegram-secret';
const MAX_TOKEN = 'fuzz-max-token';
const MAX_SECRET = 'fuzz-max-secret';
/** Put in every sample's text: the log of a malformed update must never carry the customer's words. */
const CONTENT_MARKER = 'fuzz-content-marker';
const CONCURRENCY = 6;

type Json = Record<string, any>;
type Channel = 'telegram' | 'max';

/** Every wrong type a field can get; `undefined` removes the field. */
const WRONG_VALUES: ReadonlyArray<[string, unknown]> = [
  ['string', 'x'],
  ['number', 42],
  ['boolean', true],
  ['null', null],
  ['array', []],
  ['object', {}],
  ['huge number', 2 ** 64],
  ['very long string', 'щ'.repeat(20_000)],
  ['missing', undefined],
];

/** Every path in a JSON value (objects and array items), outermost first. */
function fieldPaths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => [[...prefix, key], ...fieldPaths(child, [...prefix, key])]);
}

function withField(update: Json, path: string[], value: unknown): unknown {
  const copy = structuredClone(update);
  const parent = path.slice(0, -1).reduce((node: Json, key) => node[key], copy);
  const last = path.at(-1)!;
  if (value === undefined && Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** Series of a counter summed per channel, read from the Prometheus text of the server process. */
function counters(text: string, name: string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const match of text.matchAll(new RegExp(`^${name}\\{([^}]*)\\} (\\d+)$`, 'gm'))) {
    const labels = match[1];
    const key = labels.replace(/channel="(\w+)"/, '$1').replace(/,?(reason|result)="(\w+)"/, ':$2');
    sums.set(key, (sums.get(key) ?? 0) + Number(match[2]));
  }
  return sums;
}

/**
 * Messenger updates with every field of the wrong type, against the built server as a real OS process (an
 * unhandled error there would end the process, not this test runner). Valid samples of each update kind are
 * taken from the fake messengers' builders; every field path of each (objects and array items alike) gets
 * every wrong type in turn, half through the JSON lane and half through the Nest route. Each answer must be
 * 200 `{ok: true}` with the process still alive; in the end every update is accounted for as processed,
 * duplicate or ignored (none failed), the malformed ones logged in one warn line each without their content.
 */
describe('fuzz: messenger updates with every field of the wrong type', () => {
  const telegram = new FakeTelegram();
  const max = new FakeMax(MAX_TOKEN);
  // The in-process app only creates the project the samples' deep links name; the server process is fuzzed.
  const ctx = useTestApp({ WORKERS_ENABLED: 'false' });
  const shop = ctx.useProject('Fuzz Updates Shop');
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServerProcess(
      {
        DATABASE_URL: process.env.DATABASE_URL,
        DEMO_PROJECT: 'false',
        WORKERS_ENABLED: 'false',
        TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
        TELEGRAM_API_ROOT: await telegram.start(),
        TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
        MAX_BOT_TOKEN: MAX_TOKEN,
        MAX_API_ROOT: await max.start(),
        MAX_WEBHOOK_SECRET: MAX_SECRET,
      },
      60_000,
    );
  }, 90_000);
  afterAll(async () => {
    await server?.stop('SIGTERM');
    await telegram.stop();
    await max.stop();
  });

  const metrics = async () => (await fetch(`${server.url}/metrics`)).text();

  function telegramSamples(chat: number): Array<[string, Json]> {
    const updates = new TelegramUpdates();
    const myChatMember = {
      update_id: updates.nextUpdateId(),
      my_chat_member: {
        chat: { id: chat, type: 'private', first_name: 'Ivan' },
        from: updates.user(chat),
        date: Math.floor(Date.now() / 1000),
        old_chat_member: { status: 'member', user: { id: 1, is_bot: true, first_name: 'Bot' } },
        new_chat_member: { status: 'kicked', user: { id: 1, is_bot: true, first_name: 'Bot' }, until_date: 0 },
      },
    };
    return [
      ['text', updates.text(chat, `hello ${CONTENT_MARKER}`)],
      ['start', updates.start(chat, `help_${shop.project.slug}`)],
      ['photo', updates.media(chat, 'photo', `photo-${chat}`, { caption: CONTENT_MARKER })],
      ['document', updates.media(chat, 'document', `doc-${chat}`, { caption: CONTENT_MARKER })],
      ['callback_query', updates.callback(chat, 'm:new', 1)],
      ['edited_message', updates.edited(chat, 1, `edited ${CONTENT_MARKER}`)],
      ['my_chat_member', myChatMember],
    ];
  }

  function maxSamples(user: number): Array<[string, Json]> {
    const updates = new MaxUpdates();
    return [
      ['message_created', updates.text(user, `hello ${CONTENT_MARKER}`)],
      [
        'message_created with a file',
        updates.media(user, 'file', 'https://files.example.com/a.pdf', { text: CONTENT_MARKER, filename: 'a.pdf' }),
      ],
      ['bot_started', updates.botStarted(user, `help_${shop.project.slug}`)],
      ['message_callback', updates.callback(user, 'm:new', 'mid.bot.1')],
    ];
  }

  /**
   * Each mutation gets its own chat and ids, so none is a duplicate of another and none waits on another. A
   * path already fuzzed in an earlier sample of the channel (`message.from.id` of the text, the photo…) is not
   * fuzzed again, which keeps the run bounded.
   */
  function mutations(): Array<{ channel: Channel; what: string; body: unknown }> {
    const all: Array<{ channel: Channel; what: string; body: unknown }> = [];
    let chat = 500_000_000 + Math.floor(Math.random() * 100_000_000);
    const sources: Array<[Channel, (chat: number) => Array<[string, Json]>]> = [
      ['telegram', telegramSamples],
      ['max', maxSamples],
    ];
    for (const [channel, samplesFor] of sources) {
      const seen = new Set<string>();
      for (const [kind, template] of samplesFor(0)) {
        for (const path of fieldPaths(template)) {
          if (seen.has(path.join('.'))) continue;
          seen.add(path.join('.'));
          for (const [type, value] of WRONG_VALUES) {
            const sample = samplesFor(++chat).find(([k]) => k === kind)![1];
            all.push({ channel, what: `${kind} ${path.join('.')} = ${type}`, body: withField(sample, path, value) });
          }
        }
      }
    }
    // A seeded order mixes channels and kinds; FUZZ_SEED replays one.
    const random = seededRandom(Number(process.env.FUZZ_SEED ?? 27));
    for (let i = all.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [all[i], all[j]] = [all[j], all[i]];
    }
    return all;
  }

  it('answers every mutated update 200, stays alive, and accounts for each as processed or ignored', async () => {
    const before = await metrics();
    const cases = mutations();
    const sent = { telegram: 0, max: 0 };
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < cases.length && failures.length === 0) {
        const index = next++;
        const { channel, what, body } = cases[index];
        // Half go through the JSON lane (the plain case), half through Express (a query string sends them there).
        const via = index % 2 === 0 ? '' : '?via=express';
        const response = await fetch(`${server.url}/${channel}/webhook${via}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            [channel === 'telegram' ? 'X-Telegram-Bot-Api-Secret-Token' : 'X-Max-Bot-Api-Secret']:
              channel === 'telegram' ? TELEGRAM_SECRET : MAX_SECRET,
          },
          body: JSON.stringify(body),
        }).catch((error: Error) => ({ status: 0, text: async () => error.message }));
        sent[channel] += 1;
        const text = await response.text();
        if (response.status !== 200 || text !== '{"ok":true}')
          failures.push(`${channel} ${what}${via}: ${response.status} ${text.slice(0, 200)}`);
        if (server.process.exitCode !== null || server.process.signalCode !== null)
          failures.push(`${channel} ${what}${via}: the server process exited`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(failures).toEqual([]);
    expect(server.process.exitCode).toBeNull();
    expect((await fetch(`${server.url}/health`)).status).toBe(200);

    const after = await metrics();
    const updates = {
      before: counters(before, 'zapnoty_bot_updates_total'),
      after: counters(after, 'zapnoty_bot_updates_total'),
    };
    const ignored = {
      before: counters(before, 'zapnoty_messenger_updates_ignored_total'),
      after: counters(after, 'zapnoty_messenger_updates_ignored_total'),
    };
    const delta = (pair: typeof updates, key: string) => (pair.after.get(key) ?? 0) - (pair.before.get(key) ?? 0);
    for (const channel of ['telegram', 'max'] as const) {
      expect({ channel, failed: delta(updates, `${channel}:failed`) }).toEqual({ channel, failed: 0 });
      const malformed = delta(ignored, `${channel}:malformed`);
      expect(malformed).toBeGreaterThan(sent[channel] / 4);
      const accounted =
        delta(updates, `${channel}:processed`) +
        delta(updates, `${channel}:duplicate`) +
        malformed +
        delta(ignored, `${channel}:unsupported`);
      expect({ channel, accounted }).toEqual({ channel, accounted: sent[channel] });
    }
    // One warn line per malformed update, naming it, without the customer's words.
    const warnings = server
      .output()
      .split('\n')
      .filter((line) => line.includes('"malformed update ignored"'));
    expect(warnings).toHaveLength(delta(ignored, 'telegram:malformed') + delta(ignored, 'max:malformed'));
    expect(warnings.filter((line) => line.includes(CONTENT_MARKER))).toEqual([]);
    console.log(
      `fuzz-messenger-updates: ${cases.length} updates (telegram ${sent.telegram}, max ${sent.max}), ` +
        `malformed ${warnings.length}`,
    );
  }, 120_000);
});
