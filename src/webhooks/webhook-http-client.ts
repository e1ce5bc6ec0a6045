import http from 'node:http';
import https from 'node:https';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../config/env.js';
import { FilteringHttpAgent, FilteringHttpsAgent } from './webhook-filtering-agent.js';

export interface WebhookAttemptResult {
  /** HTTP status, or null when no response arrived (refused, blocked address, timeout, aborted). */
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface WebhookRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  signal?: AbortSignal;
}

// Receivers answer with anything; we only need the status, so the rest is read and dropped.
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * Sends one webhook request with Node's http/https and an Agent that checks the address actually
 * connected to (webhook-filtering-agent.ts hooks the agent's DNS lookup; fetch/undici would bypass it).
 * Redirects are never followed: a 3xx is returned as is and counts as a failure.
 */
@Injectable()
export class WebhookHttpClient implements OnApplicationShutdown {
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;
  private readonly timeoutMs: number;

  constructor(@Inject(ConfigService) config: ConfigService<Env, true>) {
    const allowPrivate = config.get('WEBHOOK_ALLOW_PRIVATE', { infer: true });
    const maxSockets = config.get('WEBHOOK_CONCURRENCY', { infer: true });
    this.timeoutMs = config.get('WEBHOOK_TIMEOUT_MS', { infer: true });
    // Keep-alive: consecutive deliveries to one receiver reuse the connection (already checked when opened).
    const agentOptions = { keepAlive: true, maxSockets, allowPrivate };
    this.httpAgent = new FilteringHttpAgent(agentOptions);
    this.httpsAgent = new FilteringHttpsAgent(agentOptions);
  }

  get attemptTimeoutMs(): number {
    return this.timeoutMs;
  }

  send(request: WebhookRequest): Promise<WebhookAttemptResult> {
    const started = performance.now();
    return new Promise<WebhookAttemptResult>((resolve) => {
      let settled = false;
      const finish = (statusCode: number | null, error: string | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        request.signal?.removeEventListener('abort', onAbort);
        resolve({ statusCode, error, durationMs: Math.round(performance.now() - started) });
      };
      let url: URL;
      try {
        url = new URL(request.url);
      } catch {
        return finish(null, 'invalid url');
      }
      const secure = url.protocol === 'https:';
      const outgoing = (secure ? https : http).request(url, {
        method: 'POST',
        agent: secure ? this.httpsAgent : this.httpAgent,
        headers: {
          ...request.headers,
          'Content-Length': String(Buffer.byteLength(request.body)),
          'User-Agent': 'Zapnoty-Webhooks/1.0',
        },
      });
      const timer = setTimeout(() => {
        outgoing.destroy();
        finish(null, `timeout after ${this.timeoutMs} ms`);
      }, this.timeoutMs);
      const onAbort = () => {
        outgoing.destroy();
        finish(null, 'aborted: server shutting down');
      };
      request.signal?.addEventListener('abort', onAbort, { once: true });
      outgoing.on('response', (response) => {
        let received = 0;
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_RESPONSE_BYTES) response.destroy();
        });
        const statusCode = response.statusCode ?? null;
        response.on('end', () => finish(statusCode, null));
        response.on('close', () => finish(statusCode, null));
        response.on('error', () => finish(statusCode, null));
      });
      outgoing.on('error', (error) => finish(null, describe(error)));
      outgoing.end(request.body);
    });
  }

  onApplicationShutdown(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}

function describe(error: Error & { code?: string }): string {
  const message = error.message.includes('is not allowed') ? `blocked: ${error.message}` : error.message;
  return (error.code && !message.includes(error.code) ? `${error.code}: ${message}` : message).slice(0, 500);
}
