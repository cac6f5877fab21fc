import type { ReactNode, RefObject } from 'react';
import { useApp } from '../state/context';

/**
 * The panels' native modal <dialog> (opened by the caller's useModalPanel or showModal)
 * with the shared title bar: the heading that labels it and a Close button. Closing by
 * the button, Esc or close() sets the store's panel back to none.
 */
export function PanelDialog({
  dialogRef,
  className,
  titleId,
  title,
  closeLabel,
  children,
}: {
  dialogRef: RefObject<HTMLDialogElement | null>;
  className: string;
  titleId: string;
  title: string;
  closeLabel: string;
  children: ReactNode;
}) {
  const { store } = useApp();
  const close = () => store.getState().setPanel('none');
  return (
    <dialog ref={dialogRef} className={className} aria-labelledby={titleId} onClose={close}>
      <div className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" onClick={close}>
          {closeLabel}
        </button>
      </div>
      {children}
    </dialog>
  );
}
