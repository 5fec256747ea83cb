// Keeps the identity menu's "Current lab" in step with the catalog; renders nothing.
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { currentLabNameQuery } from '@/queries/labs';
import { useCurrentLab } from '@/state/current-lab-store';

export function CurrentLabLoader() {
  const name = useQuery(currentLabNameQuery()).data;
  const setName = useCurrentLab((s) => s.setName);
  useEffect(() => {
    if (name !== undefined) setName(name);
  }, [name, setName]);
  return null;
}
