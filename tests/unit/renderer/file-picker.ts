/** Answers the browser bridge's hidden <input type=file>, as a user choosing files (or cancelling) would. */
export function answerFilePicker(files: File[] | 'cancel'): void {
  const observer = new MutationObserver(() => {
    const input = document.querySelector<HTMLInputElement>('input[type=file]');
    if (!input) return;
    observer.disconnect();
    queueMicrotask(() => {
      if (files === 'cancel') {
        input.dispatchEvent(new Event('cancel'));
        return;
      }
      Object.defineProperty(input, 'files', { value: files });
      input.dispatchEvent(new Event('change'));
    });
  });
  observer.observe(document.body, { childList: true });
}
