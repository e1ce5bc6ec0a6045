import pg from 'pg';

/**
 * Makes `count` chats from `firstChat` on customers of a project, as opening its help link would: the API
 * opens telegram/max tickets only for a project's own customers (422 chat_not_subscribed otherwise).
 */
export async function subscribeChats(databaseUrl, projectId, firstChat, count, channel = 'telegram') {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO subscriber (project_id, channel, chat_id, contacted_at)
       SELECT $1, $2, $3::bigint + g, now() FROM generate_series(0, $4::int - 1) g
       ON CONFLICT (project_id, channel, chat_id)
       DO UPDATE SET contacted_at = coalesce(subscriber.contacted_at, now())`,
      [projectId, channel, firstChat, count],
    );
  } finally {
    await client.end();
  }
}
