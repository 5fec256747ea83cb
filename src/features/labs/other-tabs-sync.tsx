// Refreshes this tab when another tab of the browser changes its lab; renders nothing.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { followOtherTabs } from '@/queries/other-tabs';

export function OtherTabsSync() {
  const client = useQueryClient();
  useEffect(() => followOtherTabs(client), [client]);
  return null;
}
