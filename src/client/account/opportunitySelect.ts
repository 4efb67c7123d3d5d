/**
 * The account page's opportunity selector: shows the panels of the selected opportunity and hides
 * the others. Runs again on load, so a select the browser restored (back button) and the panels
 * agree.
 */
for (const select of document.querySelectorAll<HTMLSelectElement>('[data-opportunity-select]')) {
  const show = () => {
    for (const panel of document.querySelectorAll<HTMLElement>('[data-opportunity-panel]')) {
      panel.hidden = panel.dataset.opportunityPanel !== select.value;
    }
  };
  select.addEventListener('change', show);
  show();
}
