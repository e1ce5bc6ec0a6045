// Fills a project with routing rules for the "routing cost on ticket creation" measurement:
//   BASE_URL=http://127.0.0.1:3301 API_KEY=zn_live_... RULES=200 node bench/routing-rules-seed.mjs
// The first RULES-1 rules never match the bench tickets (tried and rejected on every creation: the worst
// case); the last one matches and assigns, sets priority and adds a tag.
const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:3301';
const apiKey = process.env.API_KEY;
if (!apiKey) throw new Error('API_KEY is required');
const count = Number(process.env.RULES ?? 200);
const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };

async function post(path, body) {
  const response = await fetch(new URL(path, baseUrl), { method: 'POST', headers, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

const member = await post('/v1/team/members', {
  email: `router-${Date.now()}@example.com`,
  name: 'Router',
  role: 'support',
});
for (let index = 0; index < count - 1; index += 1) {
  await post('/v1/helpdesk/routing-rules', {
    name: `never ${index}`,
    condition: { channel: 'telegram', text_contains: `no-such-phrase-${index}` },
    action: { set_priority: 'low' },
    order_index: index,
  });
}
await post('/v1/helpdesk/routing-rules', {
  name: 'declined cards',
  condition: { channel: 'telegram', text_contains: 'DECLINED' },
  action: { assign_to: member.id, set_priority: 'high', add_tag: 'payments' },
  order_index: count,
});
console.log(JSON.stringify({ rules: count, member_id: member.id }));
