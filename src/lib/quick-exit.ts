/**
 * Quick exit (help pages): the button, or the Escape key, replaces this page with a
 * neutral site, so the back button does not lead here. Without JavaScript the button is
 * an ordinary link to the same site.
 */
export function setupQuickExit(): void {
  const link = document.querySelector<HTMLAnchorElement>('#quick-exit');
  if (!link) return;
  const leave = () => location.replace(link.href);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') leave();
  });
}
