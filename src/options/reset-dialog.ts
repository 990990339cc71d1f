/** "Reset to defaults" asks first, in a modal <dialog> that keeps focus and returns it afterwards. */
export function setUpReset(root: HTMLElement, reset: () => Promise<void>): void {
  const dialog = root.querySelector<HTMLDialogElement>('#reset-dialog')!;
  const opener = root.querySelector<HTMLButtonElement>('#reset')!;
  opener.addEventListener('click', () => {
    dialog.returnValue = '';
    dialog.showModal();
  });
  dialog.addEventListener('close', () => {
    opener.focus();
    if (dialog.returnValue === 'reset') void reset();
  });
}
