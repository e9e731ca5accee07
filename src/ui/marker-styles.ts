// CSS of the marker layer's shadow root: the markers and their popovers.
import type { Severity } from '../core/shared/types';
import { baseCss, SEVERITY_COLOURS, themeSizes, type UiSettings } from './ui-theme';

const severityRules = () =>
  (Object.keys(SEVERITY_COLOURS) as Severity[])
    .map(
      (s) => `.marker.sev-${s}, .badge.sev-${s} { background: ${SEVERITY_COLOURS[s].bg}; color: ${SEVERITY_COLOURS[s].fg}; }
.popover.sev-${s} { border-color: ${SEVERITY_COLOURS[s].bg}; }`,
    )
    .join('\n');

export function markerLayerCss(settings: Pick<UiSettings, 'sensitivity' | 'textScale'>): string {
  const sizes = themeSizes(settings);
  const elder = settings.sensitivity === 'elder';
  return `${baseCss(sizes)}
.marker { position: absolute; top: 0; left: 0; pointer-events: auto; display: inline-flex; align-items: center; gap: 4px;
  margin: 0; padding: 2px 8px; min-height: ${elder ? 36 : 24}px; min-width: ${elder ? 36 : 24}px; border: 2px solid #000;
  border-radius: 999px; font-size: ${sizes.marker}px; font-weight: 700; line-height: 1.1; white-space: nowrap;
  box-shadow: 0 0 0 2px #FFF, 0 2px 6px rgba(0,0,0,.45); }
.marker:hover { filter: brightness(1.1); }
.marker .label { display: inline-flex; align-items: center; gap: 4px; }
.marker:focus-visible { outline: 4px solid #1A56DB; outline-offset: 2px; box-shadow: 0 0 0 2px #FFF, 0 0 0 9px #FFF; }
.marker .count { font-size: .85em; border-left: 1px solid currentColor; padding-left: 4px; }
.popover { position: absolute; top: 0; left: 0; pointer-events: auto; width: max-content;
  max-width: min(${elder ? 520 : 440}px, calc(100vw - 16px)); overflow-x: hidden; overflow-y: auto; overflow-wrap: anywhere; background: #FFF; color: ${elder ? '#000' : '#1A1A1A'};
  border: ${elder ? 4 : 3}px solid #000; border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.4);
  padding: 12px 16px; font-size: ${sizes.body}px; line-height: ${elder ? 1.7 : 1.55}; text-align: left; }
.popover:focus { outline: none; }
.popover:focus-visible { outline: 3px solid #1A56DB; }
.head { display: flex; align-items: flex-start; gap: 8px; }
.head h2 { flex: 1; min-width: 0; margin: 0; font-size: 1.15em; line-height: 1.35; font-weight: 700; }
.badge { flex: none; display: inline-flex; align-items: center; gap: 4px; padding: 2px 8px; border-radius: 6px; font-weight: 700; font-size: .9em; border: 2px solid #000; }
.close { flex: none; min-width: ${sizes.target}px; padding: 2px 10px; }
.item { margin-top: 8px; }
.item + .item { border-top: 2px solid #888; padding-top: 8px; }
.item h3, .item > summary { margin: 4px 0; font-size: 1.05em; font-weight: 700; }
p { margin: .45em 0; }
.line { margin: .3em 0; }
details.more { margin-top: 6px; font-size: ${elder ? '.9em' : '.85em'}; color: ${elder ? '#000' : '#333'}; }
summary { cursor: pointer; min-height: ${sizes.target}px; display: flex; align-items: center; gap: 6px; font-weight: 700; }
summary:focus-visible { outline: 3px solid #1A56DB; outline-offset: 2px; }
summary::-webkit-details-marker { display: none; }
summary::before { content: ""; flex: none; width: .45em; height: .45em; border-right: 3px solid currentColor;
  border-bottom: 3px solid currentColor; transform: rotate(-45deg); margin: 0 4px; }
details[open] > summary::before { transform: rotate(45deg); }
.reading:empty { display: none; }
.reading { font-weight: 700; color: #0B4F9C; }
.explain { font-weight: ${elder ? 700 : 400}; }
.quote q { background: #FFF1B8; color: #000; padding: 0 2px; quotes: "“" "”"; overflow-wrap: anywhere; }
.actions, .foot { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
.status:empty { display: none; }
.status { font-weight: 700; color: #0B5A1E; }
${severityRules()}
`;
}
