import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import { of } from 'rxjs';
import { AppError } from '../../src/common/errors/app-error.js';
import { AcceptsBody, RequestBodyTypeInterceptor } from '../../src/common/http/request-body-type.js';

class UploadController {
  @AcceptsBody('multipart/form-data')
  upload(): void {}

  json(): void {}
}

function run(handler: keyof UploadController, headers: Record<string, string>, method = 'POST'): unknown {
  const context = new ExecutionContextHost(
    [{ method, headers }, {}],
    UploadController,
    UploadController.prototype[handler],
  );
  try {
    new RequestBodyTypeInterceptor(new Reflector()).intercept(context, { handle: () => of('handled') });
    return 'passed';
  } catch (error) {
    return error instanceof AppError ? `${error.status} ${error.code}` : error;
  }
}

describe('RequestBodyTypeInterceptor', () => {
  const body = { 'content-length': '12' };

  it('lets a route opt in to another media type with @AcceptsBody', () => {
    expect(run('upload', { ...body, 'content-type': 'multipart/form-data; boundary=x' })).toBe('passed');
    expect(run('upload', { ...body, 'content-type': 'application/json' })).toBe('passed');
    expect(run('upload', { ...body, 'content-type': 'text/plain' })).toBe('415 unsupported_media_type');
  });

  it('takes only JSON bodies on other routes, also refusing a body without Content-Type', () => {
    expect(run('json', { ...body, 'content-type': 'application/json; charset=utf-8' })).toBe('passed');
    expect(run('json', { ...body, 'content-type': 'multipart/form-data; boundary=x' })).toBe(
      '415 unsupported_media_type',
    );
    expect(run('json', body)).toBe('415 unsupported_media_type');
    expect(run('json', { 'transfer-encoding': 'chunked' })).toBe('415 unsupported_media_type');
  });

  it('ignores requests without a body and methods that take none', () => {
    expect(run('json', { 'content-length': '0', 'content-type': 'text/plain' })).toBe('passed');
    expect(run('json', {})).toBe('passed');
    expect(run('json', { ...body, 'content-type': 'text/plain' }, 'GET')).toBe('passed');
  });
});
