// Opening a checked lab file or share link: replace the current lab, or add it as a new lab and
// switch to it. Either way the tab acts as root afterwards, as after a scenario load.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/paths';
import { useImportAsNewLab, useReplaceCurrentLab, type LabFile } from '@/queries/labs';
import { useActingIdentity } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';

export function useOpenLabFile(afterOpen: 'stay' | 'dashboard') {
  const replace = useReplaceCurrentLab();
  const importNew = useImportAsNewLab();
  const switchBack = useActingIdentity((s) => s.switchBack);
  const pushFlash = useFlash((s) => s.pushFlash);
  const navigate = useNavigate();
  const [busy, setBusy] = useState<'new' | 'replace'>();
  const [error, setError] = useState<unknown>();

  async function open(file: LabFile, how: 'new' | 'replace'): Promise<boolean> {
    setError(undefined);
    setBusy(how);
    try {
      // Root first: the new lab may have no such user, and its pages reload as soon as it opens.
      switchBack();
      if (how === 'replace') {
        await replace.mutateAsync({ file });
        pushFlash({ type: 'success', header: `The current lab now holds "${file.name}".` });
      } else {
        const lab = await importNew.mutateAsync({ file });
        pushFlash({ type: 'success', header: `Lab "${lab.name}" created. You are now in it.` });
      }
      if (afterOpen === 'dashboard') navigate(paths.dashboard());
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(undefined);
    }
  }

  return { open, busy, error };
}
