/**
 * While the lock screen shows: every other top-level element (the app's
 * root, Mantine's portals for dialogs and notices) is made inert and hidden,
 * but stays mounted, so unsaved input survives. Returns the function that
 * puts everything back, including the focus.
 */
export function setAsideAllBut(keep: Element): () => void {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const changed: { element: HTMLElement; inert: boolean; visibility: string }[] = [];
  for (const element of document.body.children) {
    if (element === keep || !(element instanceof HTMLElement)) continue;
    changed.push({ element, inert: element.inert, visibility: element.style.visibility });
    element.inert = true;
    element.style.visibility = 'hidden';
  }
  return () => {
    for (const { element, inert, visibility } of changed) {
      element.inert = inert;
      element.style.visibility = visibility;
    }
    if (focused?.isConnected) focused.focus({ preventScroll: true });
  };
}
