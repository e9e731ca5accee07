// Room at the top of the page for the banner. The banner is not laid over the page (it would
// hide the headline, often the very evidence): the page's root gets a top margin of the
// banner's height, so everything moves down by exactly that much, and the margin the page had
// is put back when the banner goes.
export class PageSpace {
  private saved: { value: string; priority: string } | null = null;
  private base = 0;

  constructor(private readonly doc: Document) {}

  get reserved(): boolean {
    return this.saved !== null;
  }

  /** Push the page down by `height` px (again with a new height as the banner resizes). */
  reserve(height: number): void {
    const root = this.doc.documentElement;
    if (!this.saved) {
      this.saved = { value: root.style.getPropertyValue('margin-top'), priority: root.style.getPropertyPriority('margin-top') };
      const computed = parseFloat(this.doc.defaultView?.getComputedStyle(root).marginTop ?? '0');
      this.base = Number.isFinite(computed) ? computed : 0;
    }
    root.style.setProperty('margin-top', `${Math.round(this.base + Math.max(0, height))}px`, 'important');
  }

  release(): void {
    if (!this.saved) return;
    const root = this.doc.documentElement;
    if (this.saved.value) root.style.setProperty('margin-top', this.saved.value, this.saved.priority);
    else root.style.removeProperty('margin-top');
    if (!root.getAttribute('style')) root.removeAttribute('style');
    this.saved = null;
  }
}
