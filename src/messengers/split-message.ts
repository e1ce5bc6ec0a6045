/** Telegram's limit for one text message, in UTF-16 code units (what the Bot API counts). */
export const TELEGRAM_TEXT_LIMIT = 4096;

/**
 * Splits a text into parts of at most `limit` UTF-16 units, preferring a paragraph, line or word
 * boundary in the last fifth of the window, and never cutting a surrogate pair (an emoji) in half.
 * Parts are not trimmed, so joined they give the original text back.
 */
export function splitMessage(text: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  if (text.length <= limit) return [text];
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = limit;
    const window = rest.slice(0, limit);
    const floor = Math.floor(limit * 0.8);
    for (const separator of ['\n\n', '\n', ' ']) {
      const at = window.lastIndexOf(separator);
      if (at >= floor) {
        cut = at + separator.length;
        break;
      }
    }
    // A high surrogate at the cut would leave half an emoji on each side.
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}
