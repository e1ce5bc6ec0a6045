import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { NotificationListener } from '../common/database/notification-listener.js';
import { DatabaseEndpoint } from '../database/database-endpoint.js';
import { PROJECT_EVENTS_NOTIFY_CHANNEL } from '../outbox/outbox-events.js';
import { EVENT_PAGE_SIZE, EventStreamStore } from './event-stream.store.js';

export const HEARTBEAT_MS = 25_000;
const POLL_MS = 1_000;
/**
 * How soon a project is read again when committed events wait above the horizon (a transaction that
 * started earlier is still running), since that transaction may end without a notification of its own.
 * Doubled while they keep waiting (a long transaction holds the horizon back), up to the poll interval.
 */
const HORIZON_RETRY_FIRST_MS = 5;
/** A client that reads slower than events come is cut off; it reconnects with Last-Event-ID and loses nothing. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

interface Stream {
  response: Response;
  projectId: string;
  /** The position of the last event written to this stream. */
  lastSent: bigint;
  /** The session behind a member's stream: re-checked at each heartbeat, so a removed member's stream ends. */
  sessionId: string | null;
}

interface ProjectStreams {
  streams: Set<Stream>;
  fetching: boolean;
  again: boolean;
  retry: NodeJS.Timeout | null;
  retryDelayMs: number;
}

/**
 * Every open GET /v1/events stream of this process. Events are read from the outbox (never from this
 * process's memory), so a stream sees what every server process committed: a NOTIFY (sent on commit)
 * wakes the hub at once, a one-second poll of the projects' newest positions is the safety net. Only
 * positions below the horizon are sent (see stream-positions.ts), so none can later appear below one
 * already sent. Per project, one query reads the new events and fans them out to all its streams.
 */
@Injectable()
export class EventStreamHub implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('EventStreams');
  private readonly projects = new Map<string, ProjectStreams>();
  private readonly listener: NotificationListener;
  private timers: NodeJS.Timeout[] = [];
  private stopped = false;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly store: EventStreamStore,
    database: DatabaseEndpoint,
  ) {
    this.listener = new NotificationListener(
      PROJECT_EVENTS_NOTIFY_CHANNEL,
      database,
      (projectId) => this.notified(projectId),
      {
        dataSource,
      },
    );
  }

  onModuleInit(): void {
    this.listener.start();
    this.timers.push(setInterval(() => void this.poll().catch((error) => this.warn('poll failed', error)), POLL_MS));
    this.timers.push(
      setInterval(() => void this.heartbeat().catch((error) => this.warn('heartbeat failed', error)), HEARTBEAT_MS),
    );
    for (const timer of this.timers) timer.unref();
  }

  /** Ends every stream cleanly before the HTTP server closes; clients reconnect elsewhere with Last-Event-ID. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    for (const entry of this.projects.values()) {
      if (entry.retry) clearTimeout(entry.retry);
      for (const stream of entry.streams) stream.response.end();
    }
    this.projects.clear();
    await this.listener.stop();
  }

  /**
   * Writes a frame that has no position (`ticket.presence`: of the moment, not replayed after a reconnect)
   * to every open stream of the project in this process.
   */
  broadcast(projectId: string, frame: string): void {
    for (const stream of this.projects.get(projectId)?.streams ?? []) stream.response.write(frame);
  }

  get openStreams(): number {
    let count = 0;
    for (const entry of this.projects.values()) count += entry.streams.size;
    return count;
  }

  /**
   * Starts a stream after `lastEventId` (or after the newest event when there is none). The response is
   * kept open until the client leaves or the server shuts down.
   */
  async open(
    projectId: string,
    sessionId: string | null,
    lastEventId: bigint | undefined,
    response: Response,
  ): Promise<void> {
    const start = lastEventId ?? (await this.currentPosition());
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    response.write(`retry: 2000\n: stream of project ${projectId} after position ${start}\n\n`);
    if (this.stopped) {
      response.end();
      return;
    }
    const stream: Stream = { response, projectId, lastSent: start, sessionId };
    let entry = this.projects.get(projectId);
    if (!entry) {
      entry = { streams: new Set(), fetching: false, again: false, retry: null, retryDelayMs: 0 };
      this.projects.set(projectId, entry);
    }
    entry.streams.add(stream);
    response.on('close', () => this.remove(stream));
    void this.fetch(projectId);
  }

  private remove(stream: Stream): void {
    const entry = this.projects.get(stream.projectId);
    if (!entry) return;
    entry.streams.delete(stream);
    if (entry.streams.size === 0 && !entry.fetching) this.forget(stream.projectId, entry);
  }

  private forget(projectId: string, entry: ProjectStreams): void {
    if (entry.retry) clearTimeout(entry.retry);
    entry.retry = null;
    this.projects.delete(projectId);
  }

  /** Just below the horizon: every event not final yet, and every later one, is still to come. */
  private async currentPosition(): Promise<bigint> {
    return (await this.store.horizon()) - 1n;
  }

  /**
   * Reads the project's events after the slowest of its streams and writes each to the streams that lack
   * it. Only events below the horizon are written; committed ones above it are read again shortly.
   */
  private async fetch(projectId: string): Promise<void> {
    const entry = this.projects.get(projectId);
    if (!entry) return;
    if (entry.fetching) {
      entry.again = true;
      return;
    }
    entry.fetching = true;
    let waiting = false;
    try {
      do {
        entry.again = false;
        waiting = false;
        if (entry.streams.size === 0) break;
        let from = [...entry.streams].reduce(
          (min, stream) => (stream.lastSent < min ? stream.lastSent : min),
          [...entry.streams][0].lastSent,
        );
        for (;;) {
          const rows = await this.store.eventsAfter(projectId, from);
          const final = rows.filter((row) => BigInt(row.stream_position) < BigInt(row.horizon));
          waiting = final.length < rows.length;
          this.deliver(
            entry,
            final.map((row) => ({
              position: BigInt(row.stream_position),
              frame: `id: ${row.stream_position}\nevent: ${row.event_type}\ndata: ${JSON.stringify(row.payload)}\n\n`,
            })),
          );
          if (rows.length < EVENT_PAGE_SIZE || waiting) break;
          from = BigInt(rows[rows.length - 1].stream_position);
        }
      } while (entry.again && !this.stopped);
    } catch (error) {
      this.warn('reading events failed', error);
    } finally {
      entry.fetching = false;
      if (entry.streams.size === 0) this.forget(projectId, entry);
      else if (!waiting) entry.retryDelayMs = 0;
      else if (!entry.retry && !this.stopped) {
        entry.retryDelayMs = Math.min(POLL_MS, entry.retryDelayMs ? entry.retryDelayMs * 2 : HORIZON_RETRY_FIRST_MS);
        entry.retry = setTimeout(() => {
          entry.retry = null;
          void this.fetch(projectId);
        }, entry.retryDelayMs);
        entry.retry.unref();
      }
    }
  }

  /**
   * Writes each stream the frames it lacks in one write. Streams of a project are nearly always at the
   * same position, so the joined text is built once per position, not once per stream.
   */
  private deliver(entry: ProjectStreams, frames: Array<{ position: bigint; frame: string }>): void {
    if (frames.length === 0) return;
    const last = frames[frames.length - 1].position;
    const joined = new Map<bigint, string>();
    for (const stream of entry.streams) {
      if (stream.lastSent >= last) continue;
      let text = joined.get(stream.lastSent);
      if (text === undefined) {
        text = frames
          .filter((item) => item.position > stream.lastSent)
          .map((item) => item.frame)
          .join('');
        joined.set(stream.lastSent, text);
      }
      stream.lastSent = last;
      stream.response.write(text);
      if (stream.response.writableLength > MAX_BUFFERED_BYTES) {
        entry.streams.delete(stream);
        stream.response.destroy();
      }
    }
  }

  /**
   * The safety net for a lost notification: one statement reads the newest position of every project with
   * streams (one index probe each), and a project whose streams are behind it is read again.
   */
  private async poll(): Promise<void> {
    if (this.projects.size === 0 || this.stopped) return;
    const rows = await this.store.lastPositions([...this.projects.keys()]);
    for (const row of rows) {
      const entry = this.projects.get(row.project_id);
      if (!entry || row.last_position === null) continue;
      const last = BigInt(row.last_position);
      if ([...entry.streams].some((stream) => stream.lastSent < last)) void this.fetch(row.project_id);
    }
  }

  /** Keeps proxies from closing idle streams, and ends the streams of sessions that were signed out or removed. */
  private async heartbeat(): Promise<void> {
    const sessionIds = new Set<string>();
    for (const entry of this.projects.values()) {
      for (const stream of entry.streams) {
        stream.response.write(': heartbeat\n\n');
        if (stream.sessionId) sessionIds.add(stream.sessionId);
      }
    }
    if (sessionIds.size === 0) return;
    const aliveIds = await this.store.liveSessionIds([...sessionIds]);
    for (const entry of this.projects.values()) {
      for (const stream of entry.streams)
        if (stream.sessionId && !aliveIds.has(stream.sessionId)) stream.response.end();
    }
  }

  private notified(projectId: string | undefined): void {
    if (projectId && this.projects.has(projectId)) void this.fetch(projectId);
  }

  private warn(msg: string, error: unknown): void {
    this.logger.warn({ msg, error: error instanceof Error ? error.message : String(error) });
  }
}
