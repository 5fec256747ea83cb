export interface SwitchUserModalProps {
  onDismiss: () => void;
}

/** Placeholder until the users query lands. */
export function SwitchUserModal({ onDismiss }: SwitchUserModalProps) {
  return <button onClick={onDismiss}>Close</button>;
}
