// IAM's tag rules as the console checks them row by row, before any call: key 1-128 and value
// 0-256 characters from letters, numbers, spaces and _ . : / = + - @; no "aws:" prefix; keys
// unique case-insensitively; at most 50 tags.

export const TAG_LIMIT = 50;
const ALLOWED = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

export interface TagDraft {
  key: string;
  value: string;
}

export interface TagRowErrors {
  key?: string;
  value?: string;
}

export function tagRowErrors(tags: readonly TagDraft[]): TagRowErrors[] {
  const seen = new Map<string, number>();
  tags.forEach((t, i) => {
    const k = t.key.toLowerCase();
    if (!seen.has(k)) seen.set(k, i);
  });
  return tags.map((tag, i) => {
    const errors: TagRowErrors = {};
    if (tag.key.length === 0) errors.key = 'You must specify a tag key.';
    else if (tag.key.length > 128) errors.key = 'The key must have 128 characters or fewer.';
    else if (!ALLOWED.test(tag.key)) {
      errors.key = 'The key can only contain letters, numbers, spaces and _ . : / = + - @';
    } else if (tag.key.toLowerCase().startsWith('aws:')) {
      errors.key = 'The key cannot start with "aws:". That prefix is reserved for AWS use.';
    } else if (seen.get(tag.key.toLowerCase()) !== i) {
      errors.key = 'You must specify a unique tag key. Keys are not case sensitive.';
    }
    if (tag.value.length > 256) errors.value = 'The value must have 256 characters or fewer.';
    else if (!ALLOWED.test(tag.value)) {
      errors.value = 'The value can only contain letters, numbers, spaces and _ . : / = + - @';
    }
    return errors;
  });
}

export function hasTagErrors(tags: readonly TagDraft[]): boolean {
  return tags.length > TAG_LIMIT || tagRowErrors(tags).some((e) => e.key || e.value);
}
