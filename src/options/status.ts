/** One polite live region for "saved" and similar news, so screen readers hear each outcome once. */
export function createStatus(region: HTMLElement): (text: string) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (text) => {
    clearTimeout(timer);
    // Clearing first makes a repeated message ("Saved.") announced again.
    region.textContent = '';
    requestAnimationFrame(() => {
      region.textContent = text;
    });
    timer = setTimeout(() => {
      region.textContent = '';
    }, 6000);
  };
}
