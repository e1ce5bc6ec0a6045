import { type MessengerFileSource, RemoteFileRefused } from '../../attachments/messenger-file-sources.js';

/**
 * Customers' files from Max: every media attachment of an update carries a download URL in its payload, which
 * is the file reference. A 404 or 403 there means the file is gone for good; anything else may work later.
 */
export function maxFileSource(): MessengerFileSource {
  return {
    async fetch(fileRef, signal) {
      if (!/^https?:\/\//.test(fileRef)) throw new RemoteFileRefused('the Max attachment has no download URL');
      const response = await fetch(fileRef, { signal }).catch(() => {
        throw new Error('downloading the file from Max failed');
      });
      if (response.status === 404 || response.status === 403)
        throw new RemoteFileRefused(`Max answered ${response.status} for the file`);
      if (!response.ok || !response.body) throw new Error(`downloading the file from Max answered ${response.status}`);
      const length = Number(response.headers.get('content-length'));
      return {
        body: response.body as AsyncIterable<Uint8Array>,
        size: Number.isSafeInteger(length) && length > 0 ? length : null,
      };
    },
  };
}
