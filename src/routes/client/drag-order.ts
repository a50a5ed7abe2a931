/**
 * Reordering a list by dragging an item's handle (mouse, pen or touch): the items move in the page while the
 * pointer is down, and the new order of their `data-id`s is handed on when it is let go; a cancelled drag puts
 * them back.
 */

/**
 * `done` gets the new order of ids, while the dragged item still has the class `is-dragging`. The moves are
 * heard on the document: moving the item in the list would end a pointer capture on the handle.
 */
export function setupDrag(list: HTMLOListElement, done: (ids: string[]) => void): void {
  list.addEventListener('pointerdown', (e) => {
    const handle = (e.target as Element).closest<HTMLElement>('[data-handle]');
    const item = handle?.closest<HTMLLIElement>('li');
    if (!handle || !item || e.button !== 0) return;
    e.preventDefault();
    const pointer = e.pointerId;
    item.classList.add('is-dragging');
    const before = [...list.children].map((li) => (li as HTMLElement).dataset.id as string);
    const onMove = (ev: PointerEvent) => {
      if (ev.pointerId !== pointer) return;
      const over = document.elementFromPoint(ev.clientX, ev.clientY)?.closest<HTMLLIElement>('li');
      if (!over || over === item || over.parentElement !== list) return;
      const box = over.getBoundingClientRect();
      if (ev.clientY > box.top + box.height / 2) over.after(item);
      else over.before(item);
    };
    const finish = (ev: PointerEvent, commit: boolean) => {
      if (ev.pointerId !== pointer) return;
      document.removeEventListener('pointermove', onMove);
      document.removeEventListener('pointerup', onUp);
      document.removeEventListener('pointercancel', onCancel);
      const after = [...list.children].map((li) => (li as HTMLElement).dataset.id as string);
      if (commit && after.join() !== before.join()) done(after);
      else {
        item.classList.remove('is-dragging');
        if (!commit) for (const id of before) list.append(list.querySelector(`li[data-id="${id}"]`) as Node);
      }
    };
    const onUp = (ev: PointerEvent) => finish(ev, true);
    const onCancel = (ev: PointerEvent) => finish(ev, false);
    document.addEventListener('pointermove', onMove);
    document.addEventListener('pointerup', onUp);
    document.addEventListener('pointercancel', onCancel);
  });
}
