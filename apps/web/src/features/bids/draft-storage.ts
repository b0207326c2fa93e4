import type { BidFormValues } from './draft-values';

/**
 * The form as typed, kept in this browser until the server has it: a reload, a crash or a network failure
 * loses nothing. One record per challenge (an organisation bids once per challenge).
 */
export interface StoredDraft {
  values: BidFormValues;
  /** The server draft, once created. */
  bidId: string | null;
  /** Typed since the last successful save. */
  dirty: boolean;
}

const keyOf = (challengeId: string) => `jiebang.bidDraft.${challengeId}`;

export function readDraft(challengeId: string): StoredDraft | null {
  try {
    const text = globalThis.localStorage?.getItem(keyOf(challengeId));
    if (!text) return null;
    const parsed = JSON.parse(text) as Partial<StoredDraft>;
    return parsed && typeof parsed === 'object' && parsed.values ? { values: parsed.values, bidId: parsed.bidId ?? null, dirty: parsed.dirty ?? true } : null;
  } catch {
    return null;
  }
}

export function writeDraft(challengeId: string, draft: StoredDraft): void {
  try {
    globalThis.localStorage?.setItem(keyOf(challengeId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the server save still works.
  }
}

export function clearDraft(challengeId: string): void {
  try {
    globalThis.localStorage?.removeItem(keyOf(challengeId));
  } catch {
    // Nothing to clear.
  }
}
