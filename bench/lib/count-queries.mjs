// Profiling aid: `node --import ./bench/lib/count-queries.mjs dist/src/main.js` prints every SQL statement
// the server sends (one line each, to stderr), so the round trips of one request can be counted.
import pg from 'pg';

const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, ...rest) {
  const text = typeof config === 'string' ? config : config?.text;
  if (text)
    process.stderr.write(`SQL ${text.replace(/\s+/g, ' ').slice(0, Number(process.env.COUNT_QUERIES_WIDTH ?? 160))}\n`);
  return original.call(this, config, ...rest);
};
