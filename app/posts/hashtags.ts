/**
 * Mattermost's ParseHashtags: words (split on whitespace) stripped of surrounding punctuation,
 * extra leading `#` collapsed, kept when they look like `#letter[letters digits - _ .]*[letter or digit]`;
 * space separated, cut to fit 1000 characters at a word boundary.
 */
const VALID_HASHTAG = /^#\p{L}[\p{L}\p{N}\-_.]*[\p{L}\p{N}]$/u;
const PUNCT_START = /^[^\p{L}\p{N}\s#]+/u;
const HASHTAG_START = /^#{2,}/;
const PUNCT_END = /[^\p{L}\p{N}\s]+$/u;

export function parseHashtags(text: string): string {
  let tags = '';
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    const word = raw.replace(PUNCT_START, '').replace(PUNCT_END, '').replace(HASHTAG_START, '#');
    if (VALID_HASHTAG.test(word)) tags += ` ${word}`;
  }
  if (tags.length > 1000) {
    tags = tags.slice(0, 999);
    const lastSpace = tags.lastIndexOf(' ');
    tags = lastSpace > -1 ? tags.slice(0, lastSpace) : '';
  }
  return tags.trim();
}
