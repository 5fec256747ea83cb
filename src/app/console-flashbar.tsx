// The console's Flashbar: the flash messages of the store, each dismissible.
import Flashbar, { type FlashbarProps } from '@cloudscape-design/components/flashbar';
import { useFlash } from '@/state/flash-store';

export function ConsoleFlashbar() {
  const messages = useFlash((s) => s.messages);
  const dismissFlash = useFlash((s) => s.dismissFlash);
  const items: FlashbarProps.MessageDefinition[] = messages.map((m) => ({
    id: m.id,
    type: m.type,
    header: m.header,
    content: m.content,
    action: m.action,
    loading: m.loading,
    dismissible: true,
    dismissLabel: 'Dismiss message',
    onDismiss: () => dismissFlash(m.id),
  }));
  return <Flashbar items={items} />;
}
