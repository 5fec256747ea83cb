// The permission diff a change would make, for "Review permission changes" before a save
// (ui/permission-review.tsx shows it): worked out when the learner saves, nothing written.

export { previewPermissionChange } from '@/aws/permission-diff';
export type { PermissionChange, PermissionDiff } from '@/aws/permission-diff';
