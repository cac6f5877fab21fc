import { useEffect, useRef, type RefObject } from 'react';
import { useAppState } from '../state/context';
import type { Panel } from '../state/store';

/**
 * A native <dialog> that follows the store: modal while `panel` is the open panel, closed
 * otherwise (showModal gives the focus trap and Esc). Returns the dialog's ref.
 */
export function useModalPanel(panel: Exclude<Panel, 'none'>): RefObject<HTMLDialogElement | null> {
  const open = useAppState((s) => s.panel === panel);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return ref;
}
