// "Review permission changes" before a save, in one hook: `review(change, apply)` works out the
// diff with `preview`, `dialog` shows it (render it where the page's dialogs go), and `apply`
// runs only on Confirm. A save site is the hook, `{dialog}` and one `review` call.
import { useState, type ReactElement } from 'react';
import { parsePolicy } from '@/iam';
import { PermissionDiffModal, type PermissionDiff } from './permission-diff-modal';

interface Pending {
  id: number;
  confirmText: string;
  /** Shown only once the diff is known to change something (reviewIfChanges). */
  quiet?: boolean;
  diff?: PermissionDiff;
  error?: unknown;
  confirm: () => void;
  cancel: () => void;
}

export interface PermissionReview<C> {
  /**
   * Shows the diff of `change`; on Confirm runs `apply`. Settles when `apply` has run (with its
   * error, if any) or on Cancel, so a wizard can keep its "saving" state until then. The
   * confirm button says `confirmText`, or the hook's.
   */
  review: (change: C, apply: () => Promise<unknown>, confirmText?: string) => Promise<void>;
  /**
   * The same for a change that saves a policy document: JSON that does not parse goes straight
   * to the API, which refuses it in AWS's words (MalformedPolicyDocument); nothing to review.
   */
  reviewDocument: (document: string, change: C, apply: () => Promise<unknown>) => Promise<void>;
  /**
   * The same for a save whose permission change is a side effect (deleting an identity): the
   * dialog opens only if some principal gains or loses access; otherwise `apply` runs at once.
   */
  reviewIfChanges: (change: C, apply: () => Promise<unknown>) => Promise<void>;
  /** The review dialog while a review is open, else null. */
  dialog: ReactElement | null;
  /** True from a review's start until it is answered (or, quietly, found to change nothing). */
  reviewing: boolean;
}

let nextId = 1;

export function usePermissionReview<C>(
  preview: (change: C) => Promise<PermissionDiff>,
  confirmText: string,
): PermissionReview<C> {
  const [pending, setPending] = useState<Pending>();
  function start(
    change: C,
    apply: () => Promise<unknown>,
    buttonText: string,
    quiet: boolean,
  ): Promise<void> {
    const id = nextId++;
    return new Promise<void>((resolve, reject) => {
      const confirm = () => {
        setPending(undefined);
        apply().then(() => resolve(), reject);
      };
      setPending({
        id,
        confirmText: buttonText,
        quiet,
        confirm,
        cancel: () => {
          setPending(undefined);
          resolve();
        },
      });
      preview(change).then(
        (diff) => {
          if (quiet && diff.principals.length === 0) confirm();
          else setPending((p) => (p?.id === id ? { ...p, diff, quiet: false } : p));
        },
        (error: unknown) => setPending((p) => (p?.id === id ? { ...p, error, quiet: false } : p)),
      );
    });
  }
  const review = (change: C, apply: () => Promise<unknown>, buttonText = confirmText) =>
    start(change, apply, buttonText, false);
  const reviewIfChanges = (change: C, apply: () => Promise<unknown>) =>
    start(change, apply, confirmText, true);
  function reviewDocument(document: string, change: C, apply: () => Promise<unknown>) {
    if (!parsePolicy(document).ok) return apply().then(() => undefined);
    return review(change, apply);
  }
  const dialog =
    pending && !pending.quiet ? (
      <PermissionDiffModal
        {...(pending.diff && { diff: pending.diff })}
        {...(pending.error !== undefined && { error: pending.error })}
        confirmText={pending.confirmText}
        onConfirm={pending.confirm}
        onCancel={pending.cancel}
      />
    ) : null;
  return { review, reviewDocument, reviewIfChanges, dialog, reviewing: pending !== undefined };
}
