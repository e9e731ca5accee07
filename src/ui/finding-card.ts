// The popover's content for one marker. It opens with three short lines for the first finding:
// what it means, what to do, whom to call. What the page says, the sources and "这不对" are
// folded in a <details>, in smaller type; further findings at the same place are folded too,
// each under its title. 朗读 (when on) shows that it is reading and offers 停止.
import { clipText } from '../core/facts/evidence-snippet';
import { evidenceNoteText } from './evidence-note';
import type { Source } from '../core/shared/types';
import { el } from './dom-build';
import type { IndexedFinding, MarkerGroup } from './marker-groups';
import { severityIcon, uiIcon, type UiSettings } from './ui-theme';
import { uiText, type UiLang } from './ui-strings';

/** Clicks inside the UI are dispatched on these; the index is the finding's. */
export type CardAction = 'close' | 'dismiss' | 'report' | 'read' | 'stop';

const MAX_QUOTE = 160;

export function formatSource(source: Source, lang: UiLang): string {
  const article = source.article ? (lang === 'zh' ? source.article : `, ${source.article}`) : '';
  return lang === 'zh'
    ? `${source.issuer}《${source.document}》${article}（${source.date}）`
    : `${source.issuer}, ${source.document}${article} (${source.date})`;
}

/** The word of a severity ("危险"); the UI draws its icon beside it (severityBadge). */
export const severityLabel = (lang: UiLang, severity: MarkerGroup['severity']) => uiText(lang, `content_severity_${severity}`);

/** Icon and word, as markers and popovers show a severity. */
export function severityBadge(doc: Document, lang: UiLang, severity: MarkerGroup['severity']): Node[] {
  return [severityIcon(doc, severity), el(doc, 'span', { text: severityLabel(lang, severity) })];
}

/** The dialog element for one marker. `idBase` keeps ids unique inside the shadow root. */
export function renderFindingCard(doc: Document, group: MarkerGroup, settings: UiSettings, idBase: string): HTMLElement {
  const { lang } = settings;
  const titleId = `${idBase}-title`;
  const descId = `${idBase}-desc`;
  const many = group.items.length > 1;
  const [first, ...others] = group.items;
  const heading = many ? uiText(lang, 'content_popoverTitleMany', group.items.length) : first!.finding.message[lang].title;

  const dialog = el(doc, 'div', {
    className: `popover sev-${group.severity}`,
    attrs: {
      role: 'dialog',
      'aria-labelledby': titleId,
      'aria-describedby': descId,
      tabindex: '-1',
      lang: lang === 'zh' ? 'zh-CN' : 'en',
    },
  });
  dialog.append(
    el(doc, 'div', { className: 'head' }, [
      el(doc, 'span', { className: `badge sev-${group.severity}` }, severityBadge(doc, lang, group.severity)),
      el(doc, 'h2', { text: heading, attrs: { id: titleId } }),
      el(doc, 'button', {
        className: 'close',
        text: uiText(lang, 'content_close'),
        attrs: { type: 'button', 'data-action': 'close' },
      }),
    ]),
  );

  const firstItem = el(doc, 'section', { className: `item sev-${first!.finding.severity}` });
  if (many)
    firstItem.append(
      el(doc, 'h3', {}, [
        severityIcon(doc, first!.finding.severity),
        doc.createTextNode(` ${first!.finding.message[lang].title}`),
      ]),
    );
  firstItem.append(...itemBody(doc, first!, settings, descId));
  dialog.append(firstItem);

  for (const item of others) {
    const folded = el(doc, 'details', { className: `item other sev-${item.finding.severity}` }, [
      el(doc, 'summary', {}, [
        severityIcon(doc, item.finding.severity),
        doc.createTextNode(` ${item.finding.message[lang].title}`),
      ]),
      ...itemBody(doc, item, settings),
    ]);
    dialog.append(folded);
  }

  // Locked by the family PIN: the foot button only closes the popover, the marker stays.
  const foot = settings.locked
    ? { text: uiText(lang, 'content_close'), action: 'close' }
    : { text: uiText(lang, 'content_dismiss'), action: 'dismiss' };
  dialog.append(
    el(doc, 'div', { className: 'foot' }, [
      el(doc, 'button', { text: foot.text, attrs: { type: 'button', 'data-action': foot.action } }),
    ]),
  );
  return dialog;
}

/** The three lines, 朗读, and the folded details of one finding. */
function itemBody(
  doc: Document,
  { finding, index, evidenceText, evidenceNote }: IndexedFinding,
  settings: UiSettings,
  descId?: string,
): Node[] {
  const { lang } = settings;
  const message = finding.message[lang];
  const sep = uiText(lang, 'content_colon');
  const nodes: Node[] = [
    el(doc, 'p', { className: 'line explain', text: message.explain, attrs: descId ? { id: descId } : {} }),
    labelledLine(doc, uiText(lang, 'content_adviceHeading') + sep, message.advice, 'line advice'),
    labelledLine(doc, uiText(lang, 'content_hotlineHeading') + sep, message.hotline, 'line hotline'),
  ];
  if (settings.readAloud) {
    nodes.push(
      el(doc, 'div', { className: 'actions' }, [
        el(
          doc,
          'button',
          { className: 'primary read', attrs: { type: 'button', 'data-action': 'read', 'data-index': String(index) } },
          [uiIcon(doc, 'speaker'), el(doc, 'span', { text: ` ${uiText(lang, 'content_readAloud')}` })],
        ),
        el(
          doc,
          'button',
          { className: 'stop', attrs: { type: 'button', 'data-action': 'stop', 'data-index': String(index), hidden: '' } },
          [uiIcon(doc, 'stop'), el(doc, 'span', { text: ` ${uiText(lang, 'content_stopReading')}` })],
        ),
      ]),
      el(doc, 'p', { className: 'reading', attrs: { role: 'status', 'data-reading-for': String(index) } }),
    );
  }
  const more = el(doc, 'details', { className: 'more' }, [el(doc, 'summary', { text: uiText(lang, 'content_moreDetails') })]);
  if (evidenceText) {
    const quote = evidenceText.length > MAX_QUOTE ? `${clipText(evidenceText, MAX_QUOTE)}…` : evidenceText;
    more.append(
      el(doc, 'p', { className: 'quote' }, [
        el(doc, 'strong', { text: uiText(lang, 'content_pageSays') + sep }),
        el(doc, 'q', { text: quote }),
      ]),
    );
  }
  // Mingbai's own words about the quote: their own line, never inside the page's words.
  if (evidenceNote)
    more.append(
      labelledLine(doc, uiText(lang, 'content_noteHeading') + sep, evidenceNoteText(evidenceNote, lang), 'evidence-note'),
    );
  if (finding.sources.length) {
    const sources = finding.sources.map((s) => formatSource(s, lang)).join(uiText(lang, 'content_listSeparator'));
    more.append(labelledLine(doc, uiText(lang, 'content_sourceHeading') + sep, sources, 'source'));
  }
  more.append(
    el(doc, 'div', { className: 'actions' }, [
      el(doc, 'button', {
        text: uiText(lang, 'content_reportWrong'),
        attrs: { type: 'button', 'data-action': 'report', 'data-index': String(index) },
      }),
    ]),
    el(doc, 'p', { className: 'status', attrs: { role: 'status', 'data-status-for': String(index) } }),
  );
  nodes.push(more);
  return nodes;
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
  const sep = uiText(lang, 'content_colon');
  return [
    m.title,
    m.explain,
    uiText(lang, 'content_adviceHeading') + sep + m.advice,
    uiText(lang, 'content_hotlineHeading') + sep + m.hotline,
  ]
    .join(lang === 'zh' ? '。' : '. ')
    .replace(/([。.！？!?])[。.]/g, '$1');
}
