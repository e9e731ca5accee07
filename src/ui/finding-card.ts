// The popover's content for one marker: per finding its title, the one-sentence explanation,
// what the page says, what to do, the hotline and the source, with "这不对" and 朗读 buttons.
import type { Source } from '../core/types';
import { el } from './dom-build';
import type { MarkerGroup } from './marker-groups';
import { SEVERITY_SYMBOL, type UiSettings } from './ui-theme';
import { uiText, type UiLang } from './ui-strings';

/** Clicks inside the UI are dispatched on these; the index is the finding's. */
export type CardAction = 'close' | 'dismiss' | 'report' | 'read';

const MAX_QUOTE = 160;

export function formatSource(source: Source, lang: UiLang): string {
  const article = source.article ? (lang === 'zh' ? source.article : `, ${source.article}`) : '';
  return lang === 'zh'
    ? `${source.issuer}《${source.document}》${article}（${source.date}）`
    : `${source.issuer}, ${source.document}${article} (${source.date})`;
}

export const severityLabel = (lang: UiLang, severity: MarkerGroup['severity']) =>
  `${SEVERITY_SYMBOL[severity]} ${uiText(lang, `content_severity_${severity}`)}`;

/** The dialog element for one marker. `idBase` keeps ids unique inside the shadow root. */
export function renderFindingCard(doc: Document, group: MarkerGroup, settings: UiSettings, idBase: string): HTMLElement {
  const { lang } = settings;
  const titleId = `${idBase}-title`;
  const descId = `${idBase}-desc`;
  const many = group.items.length > 1;
  const first = group.items[0]!;
  const heading = many ? uiText(lang, 'content_popoverTitleMany', group.items.length) : first.finding.message[lang].title;

  const dialog = el(doc, 'div', {
    className: `popover sev-${group.severity}`,
    attrs: { role: 'dialog', 'aria-labelledby': titleId, 'aria-describedby': descId, tabindex: '-1', lang: lang === 'zh' ? 'zh-CN' : 'en' },
  });
  const head = el(doc, 'div', { className: 'head' }, [
    el(doc, 'span', { className: `badge sev-${group.severity}`, text: severityLabel(lang, group.severity) }),
    el(doc, 'h2', { text: heading, attrs: { id: titleId } }),
    el(doc, 'button', { className: 'close', text: '×', attrs: { type: 'button', 'data-action': 'close', 'aria-label': uiText(lang, 'content_close') } }),
  ]);
  dialog.append(head);

  const sep = lang === 'zh' ? '：' : ': ';
  group.items.forEach(({ finding, index, evidenceText }, i) => {
    const message = finding.message[lang];
    const item = el(doc, 'section', { className: `item sev-${finding.severity}` });
    if (many) item.append(el(doc, 'h3', { text: `${SEVERITY_SYMBOL[finding.severity]} ${message.title}` }));
    item.append(el(doc, 'p', { className: 'explain', text: message.explain, attrs: i === 0 ? { id: descId } : {} }));
    if (evidenceText) {
      const quote = evidenceText.length > MAX_QUOTE ? `${evidenceText.slice(0, MAX_QUOTE)}…` : evidenceText;
      item.append(el(doc, 'p', { className: 'quote' }, [el(doc, 'strong', { text: uiText(lang, 'content_pageSays') + sep }), el(doc, 'q', { text: quote })]));
    }
    item.append(labelledLine(doc, uiText(lang, 'content_adviceHeading') + sep, message.advice, 'advice'));
    item.append(labelledLine(doc, uiText(lang, 'content_hotlineHeading') + sep, message.hotline, 'hotline'));
    if (finding.sources.length) {
      const sources = finding.sources.map((s) => formatSource(s, lang)).join(uiText(lang, 'content_listSeparator'));
      item.append(labelledLine(doc, uiText(lang, 'content_sourceHeading') + sep, sources, 'source'));
    }
    const actions = el(doc, 'div', { className: 'actions' });
    if (settings.readAloud) {
      actions.append(el(doc, 'button', { className: 'primary', text: `🔊 ${uiText(lang, 'content_readAloud')}`, attrs: { type: 'button', 'data-action': 'read', 'data-index': String(index) } }));
    }
    actions.append(el(doc, 'button', { text: uiText(lang, 'content_reportWrong'), attrs: { type: 'button', 'data-action': 'report', 'data-index': String(index) } }));
    item.append(actions);
    item.append(el(doc, 'p', { className: 'status', attrs: { role: 'status', 'data-status-for': String(index) } }));
    dialog.append(item);
  });

  // Locked by the family PIN: the foot button only closes the popover, the marker stays.
  const foot = settings.locked ? { text: uiText(lang, 'content_close'), action: 'close' } : { text: uiText(lang, 'content_dismiss'), action: 'dismiss' };
  dialog.append(el(doc, 'div', { className: 'foot' }, [el(doc, 'button', { text: foot.text, attrs: { type: 'button', 'data-action': foot.action } })]));
  return dialog;
}

function labelledLine(doc: Document, heading: string, text: string, className: string): HTMLParagraphElement {
  const p = el(doc, 'p', { className }, [el(doc, 'strong', { text: heading })]);
  p.append(doc.createTextNode(text));
  return p;
}

/** What 朗读 reads for one finding: plain sentences in reading order. */
export function readAloudText(group: MarkerGroup, index: number, lang: UiLang): string {
  const item = group.items.find((i) => i.index === index) ?? group.items[0];
  if (!item) return '';
  const m = item.finding.message[lang];
  const sep = lang === 'zh' ? '：' : ': ';
  return [m.title, m.explain, uiText(lang, 'content_adviceHeading') + sep + m.advice, uiText(lang, 'content_hotlineHeading') + sep + m.hotline].join(lang === 'zh' ? '。' : '. ').replace(/([。.！？!?])[。.]/g, '$1');
}
