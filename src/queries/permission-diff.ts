// "Review permission changes" before a save: the diff is worked out when the learner saves, shown in
// PermissionDiffModal, and the save runs only on Confirm.

import { useState } from 'react';
import type { PermissionChange, PermissionDiff } from '@/aws';
import { previewPermissionChange } from '@/aws/permission-diff';
import { parsePolicy } from '@/iam';

interface Pending {
  id: number;
  diff?: PermissionDiff;
  error?: unknown;
  confirm: () => void;
  cancel: () => void;
}

let nextId = 1;

export function usePermissionReview() {
  const [pending, setPending] = useState<Pending>();
  /**
   * Shows the diff of `change`; on Confirm runs `apply`. Settles when `apply` has run (with its
   * error, if any) or on Cancel, so a wizard can keep its "saving" state until then.
   */
  function review(
    change: PermissionChange | PermissionChange[],
    apply: () => Promise<unknown>,
  ): Promise<void> {
    const id = nextId++;
    return new Promise<void>((resolve, reject) => {
      setPending({
        id,
        confirm: () => {
          setPending(undefined);
          apply().then(() => resolve(), reject);
        },
        cancel: () => {
          setPending(undefined);
          resolve();
        },
      });
      previewPermissionChange(change).then(
        (diff) => setPending((p) => (p?.id === id ? { ...p, diff } : p)),
        (error: unknown) => setPending((p) => (p?.id === id ? { ...p, error } : p)),
      );
    });
  }
  /**
   * The same for a change that saves a policy document: JSON that does not parse goes straight to
   * the API, which refuses it in AWS's words (MalformedPolicyDocument); there is nothing to review.
   */
  function reviewDocument(
    document: string,
    change: PermissionChange | PermissionChange[],
    apply: () => Promise<unknown>,
  ): Promise<void> {
    if (!parsePolicy(document).ok) return apply().then(() => undefined);
    return review(change, apply);
  }
  const modal = pending && {
    ...(pending.diff && { diff: pending.diff }),
    ...(pending.error !== undefined && { error: pending.error }),
    onConfirm: pending.confirm,
    onCancel: pending.cancel,
  };
  return { review, reviewDocument, modal };
}
