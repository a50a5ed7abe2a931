/** The /embed/ page shows the example widget's events as they happen, as a host page would see them. */
export function showExampleEvents(): void {
  const out = document.getElementById('example-events');
  const widget = document.querySelector('dangjian-map');
  if (!out || !widget) return;
  widget.addEventListener('dangjian-ready', () => {
    out.textContent = 'dangjian-ready';
  });
  widget.addEventListener('dangjian-site-selected', (e) => {
    const detail = (e as CustomEvent<{ id: string; title: string }>).detail;
    out.textContent = `dangjian-site-selected: ${detail.id}（${detail.title}）`;
  });
}
