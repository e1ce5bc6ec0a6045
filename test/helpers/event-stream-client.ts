import http from 'node:http';

export interface StreamedEvent {
  id: string;
  event: string;
  data: any;
}

export interface EventStreamClient {
  status: number;
  headers: http.IncomingHttpHeaders;
  events: StreamedEvent[];
  /** Comment lines (heartbeats, the greeting). */
  comments: string[];
  ended: Promise<void>;
  close(): void;
}

/** A minimal Server-Sent Events reader over node:http, parsing frames as an EventSource would. */
export function openEventStream(url: string, headers: Record<string, string>): Promise<EventStreamClient> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { Accept: 'text/event-stream', ...headers } }, (response) => {
      let buffer = '';
      let endedResolve!: () => void;
      const client: EventStreamClient = {
        status: response.statusCode ?? 0,
        headers: response.headers,
        events: [],
        comments: [],
        ended: new Promise((resolveEnd) => (endedResolve = resolveEnd)),
        close: () => request.destroy(),
      };
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let boundary: number;
        while ((boundary = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const fields: Record<string, string> = {};
          for (const line of frame.split('\n')) {
            if (line.startsWith(':')) client.comments.push(line.slice(1).trim());
            else if (line.includes(':'))
              fields[line.slice(0, line.indexOf(':'))] = line.slice(line.indexOf(':') + 1).trimStart();
          }
          if (fields.data !== undefined)
            client.events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) });
        }
      });
      response.on('end', endedResolve);
      response.on('close', endedResolve);
      resolve(client);
    });
    request.on('error', reject);
  });
}
