/**
 * <fc-chart>: the Floorcheck result charts (whisker, bars, heatmap) as one Lit element
 * wrapping Apache ECharts 6 with the SVG renderer.
 *
 * Properties (set from Java with Element#setProperty):
 *   kind   'whisker' | 'bars' | 'heatmap'
 *   data   JSON string; the format depends on `kind` (see the *Data interfaces below)
 *   label  accessible name of the chart (host gets role="img", a heatmap role="figure", + aria-label)
 *   height chart height in px; when unset it is derived from the data
 * Events:
 *   cell-click  (heatmap only) bubbling + composed CustomEvent, detail {row, column} (indices)
 *
 * The element renders into its light DOM so that the generated <svg> can be found with
 * ordinary selectors (tests, Playwright). It therefore cannot use Lit's static styles; all
 * styling is inline, which the app's CSP ('unsafe-inline' styles) permits.
 *
 * Reactive properties are declared via `static properties` + `declare` fields instead of
 * decorators so that the class works the same whether the compiler uses legacy
 * (experimentalDecorators, Vaadin's default) or standard decorators, and whatever the
 * useDefineForClassFields setting is (a class-field initialiser would shadow Lit's accessors).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ref, createRef } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { init, use, format, type ComposeOption, type EChartsType } from 'echarts/core';
import { BarChart, CustomChart, type BarSeriesOption, type CustomSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// Register only what the three chart kinds need, keeping the bundle small (tree shaking).
use([BarChart, CustomChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

type ChartOption = ComposeOption<
  BarSeriesOption | CustomSeriesOption | AriaComponentOption | GridComponentOption
  | LegendComponentOption | TooltipComponentOption
>;
// ECharts does not export the renderItem types from the tree-shakable entry points; derive them.
type RenderItem = NonNullable<CustomSeriesOption['renderItem']>;
type RenderApi = Parameters<RenderItem>[1];
type RenderReturn = ReturnType<RenderItem>;

export type ChartKind = 'whisker' | 'bars' | 'heatmap';

export interface WhiskerData {
  axisMin?: number;
  axisMax?: number;
  vendors: { name: string; overall: number; low?: number | null; high?: number | null; note?: string | null;
    /** false draws the vendor hollow and dashed (a failed gate): it can never be the recommendation. */
    recommendable?: boolean }[];
}
export interface BarsData {
  categories: string[];
  vendors: string[];
  /** values[vendor][category]; null = no value */
  values: (number | null)[][];
  ratings?: { vendor: number; category: number; evaluator: string; value: number }[];
}
export interface HeatmapData {
  rows: string[];
  columns: string[];
  columnTitles?: string[];
  cells: { row: number; column: number; value: number | null; disputed?: boolean; consensus?: boolean }[];
}

/**
 * Okabe–Ito (distinguishable for the common colour-vision deficiencies) without its yellow, which
 * all but vanishes on white, then two of Paul Tol's: ten vendors apart. Every value is printed and
 * every chart has its table, so colour is never the only cue.
 */
const VENDOR_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#882255',
  '#117733', '#999933'];
/** Viridis (9 evenly spaced stops): colour-blind safe, lightness rises monotonically so it reads in greyscale. */
const VIRIDIS = ['#440154', '#472c7a', '#3b518b', '#2c718e', '#21908d', '#27ad81', '#5cc863', '#aadc32', '#fde725'];
const TEXT = '#1f2937';
const MUTED = '#4b5563'; // 7:1 on white, 6:1 on NO_VALUE: still AA for small text
const AXIS_LINE = '#d1d5db';
const SPLIT_LINE = '#e5e7eb';
const NO_VALUE = '#e5e7eb';
const FONT_SIZE = 12;

const WHISKER_ROW = 44;
const HEATMAP_ROW = 32;
const HEATMAP_MIN_COL = 32; // fits "100!" at 12 px; below that the heatmap scrolls horizontally
const BARS_HEIGHT = 320;
// Shared by the bar series and api.barLayout() so that rating dots sit exactly on their bar.
const BAR_GAP = '10%';
const BAR_CATEGORY_GAP = '20%';
const BAR_MAX_WIDTH = 48;

const oneDecimal = (v: number) => v.toFixed(1);
const esc = (s: unknown) => format.encodeHTML(String(s ?? ''));
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

let measureContext: CanvasRenderingContext2D | null = null;
/** Text width in px, used to size label areas before ECharts lays out (it offers no pre-layout measuring). */
function textWidth(text: string, fontFamily: string, fontSize = FONT_SIZE, fontWeight = 'normal'): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * fontSize * 0.6;
  measureContext.font = `${fontWeight} ${fontSize}px ${fontFamily}`;
  return measureContext.measureText(text).width;
}

/**
 * Word-wraps a label into at most two lines of maxWidth px, ending in "…" when cut (the tooltip has the
 * full text). ECharts' own overflow:'break' + lineOverflow:'truncate' drops the rest without any mark.
 */
function wrapTwoLines(text: string, maxWidth: number, fontFamily: string): string {
  const lines: string[] = [];
  let rest = text.trim();
  while (rest && lines.length < 2) {
    let end = rest.length;
    while (end > 1 && textWidth(rest.slice(0, end), fontFamily) > maxWidth) {
      const space = rest.lastIndexOf(' ', end - 1);
      end = space > 0 ? space : end - 1; // break at a space if possible, else mid-word
    }
    lines.push(rest.slice(0, end).trim());
    rest = rest.slice(end).trim();
  }
  if (rest) {
    let last = lines[1];
    while (last.length > 1 && textWidth(`${last}…`, fontFamily) > maxWidth) last = last.slice(0, -1).trimEnd();
    lines[1] = `${last}…`;
  }
  return lines.join('\n');
}

/** Viridis colour for 0–100 plus black or white, whichever contrasts more with it (WCAG relative luminance). */
function viridis(value: number): { fill: string; text: string } {
  const t = Math.min(Math.max(value, 0), 100) / 100 * (VIRIDIS.length - 1);
  const i = Math.min(Math.floor(t), VIRIDIS.length - 2);
  const rgb = (hex: string) => [1, 3, 5].map((p) => parseInt(hex.slice(p, p + 2), 16));
  const [a, b] = [rgb(VIRIDIS[i]), rgb(VIRIDIS[i + 1])];
  const mixed = a.map((c, k) => Math.round(c + (b[k] - c) * (t - i)));
  const [r, g, bl] = mixed.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  // Contrast with black is (L+0.05)/0.05, with white 1.05/(L+0.05); they are equal at L≈0.179.
  return { fill: `rgb(${mixed.join(',')})`, text: luminance > 0.179 ? '#000000' : '#ffffff' };
}

export class FcChart extends LitElement {
  static override properties = {
    kind: { type: String },
    data: { type: String },
    label: { type: String },
    height: { type: Number },
  };

  declare kind: ChartKind;
  declare data: string;
  declare label: string;
  declare height: number | undefined;

  private parsed: WhiskerData | BarsData | HeatmapData | null = null;
  private chart: EChartsType | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private lastSize = '';
  private readonly canvasRef = createRef<HTMLDivElement>();

  constructor() {
    super();
    this.kind = 'whisker';
    this.data = '';
    this.label = '';
  }

  /** Light DOM, see the file comment. */
  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Only fill in what the page has not set, so styles set from Java keep priority.
    if (!this.style.display) this.style.display = 'block';
    if (!this.style.width) this.style.width = '100%';
    // Re-attached after a detach (Flow moves components around): the chart was disposed, rebuild it.
    if (this.hasUpdated) this.renderChart();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.chart?.dispose();
    this.chart = null;
    this.lastSize = '';
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('data') || changed.has('kind')) {
      try {
        this.parsed = this.data ? JSON.parse(this.data) : null;
      } catch (e) {
        console.error('fc-chart: data is not valid JSON', e);
        this.parsed = null;
      }
    }
    if (changed.has('kind') || !this.hasAttribute('role')) {
      // A picture is one image to assistive technology; the heatmap holds a scrollable, focusable
      // region, which an image's presentational children could not be.
      this.setAttribute('role', this.kind === 'heatmap' ? 'figure' : 'img');
    }
    if (changed.has('label')) {
      if (this.label) this.setAttribute('aria-label', this.label);
      else this.removeAttribute('aria-label');
    }
  }

  protected override render() {
    // One stable structure for every kind: Lit must never replace the div ECharts draws into.
    const heatmap = this.kind === 'heatmap' ? (this.parsed as HeatmapData | null) : null;
    const canvasStyle = {
      height: `${this.height ?? this.defaultHeight()}px`,
      // The heatmap keeps a readable cell width and scrolls inside the host instead of squeezing.
      minWidth: heatmap?.columns ? `${this.heatmapGridLeft() + heatmap.columns.length * HEATMAP_MIN_COL + 8}px` : null,
    };
    // A heatmap wider than its card scrolls: focusable, so the arrow keys scroll it too.
    return html`<div style="overflow-x:auto;overflow-y:hidden" tabindex=${heatmap ? '0' : nothing}
      role=${heatmap ? 'region' : nothing}
      aria-label=${heatmap ? this.label ?? nothing : nothing}><div ${ref(this.canvasRef)}
      style=${styleMap(canvasStyle)}></div></div>${this.renderKey()}`;
  }

  protected override updated() {
    this.renderChart();
  }

  /** HTML key under the chart for the symbols that are not self-explanatory. */
  private renderKey() {
    const style = `display:flex;flex-wrap:wrap;gap:4px 16px;align-items:center;font-size:${FONT_SIZE}px;color:${TEXT};padding-top:4px`;
    if (this.kind === 'whisker') {
      return html`<div style=${style}>
        <span><span style="color:${VENDOR_COLOURS[0]}">●</span> overall score, line = 95 % interval</span>
        <span><span style="color:${MUTED}">◇</span> not recommendable</span>
      </div>`;
    }
    if (this.kind === 'heatmap') {
      return html`<div style=${style}>
        <span style="display:inline-flex;align-items:center;gap:4px">0
          <span style="display:inline-block;width:120px;height:10px;background:linear-gradient(to right,${VIRIDIS.join(',')})"></span>100</span>
        <span><b>!</b> disputed</span><span><b>✓</b> consensus</span><span><b>—</b> no value</span>
      </div>`;
    }
    return nothing; // bars: the ECharts legend explains colours and dots
  }

  private defaultHeight(): number {
    const p = this.parsed;
    // Rows plus the grid's top + bottom margins set in whiskerOption() / heatmapOption().
    if (this.kind === 'whisker') return WHISKER_ROW * Math.max((p as WhiskerData | null)?.vendors?.length ?? 1, 1) + 14 + 32;
    if (this.kind === 'heatmap') return HEATMAP_ROW * Math.max((p as HeatmapData | null)?.rows?.length ?? 1, 1) + 28 + 8;
    return BARS_HEIGHT;
  }

  private get fontFamily(): string {
    return getComputedStyle(this).fontFamily || 'sans-serif';
  }

  /** Room for the longest row label (capped; longer ones are truncated, full text in the tooltip). */
  private labelColumnWidth(names: string[]): number {
    const font = this.fontFamily;
    return Math.min(Math.max(0, ...names.map((n) => textWidth(n, font))), 200);
  }

  private heatmapGridLeft(): number {
    return this.labelColumnWidth((this.parsed as HeatmapData).rows ?? []) + 16;
  }

  /** Creates the chart on first use, then (re)applies the option for the current data and size. */
  private renderChart() {
    const el = this.canvasRef.value;
    if (!el || !this.isConnected) return;
    if (!this.resizeObserver) {
      // Bars and heatmap derive label widths from the pixel size, so a resize rebuilds the option.
      this.resizeObserver = new ResizeObserver(() => {
        if (`${el.clientWidth}x${el.clientHeight}` !== this.lastSize) this.renderChart();
      });
      this.resizeObserver.observe(el);
    }
    this.lastSize = `${el.clientWidth}x${el.clientHeight}`;
    // Hidden (e.g. an inactive tab): ECharts cannot lay out at 0 px; the ResizeObserver calls again once visible.
    if (!el.clientWidth || !el.clientHeight) return;
    if (!this.chart) {
      this.chart = init(el, null, { renderer: 'svg' });
      this.chart.on('click', (params) => {
        if (this.kind !== 'heatmap' || params.seriesId !== 'cells') return;
        const cell = params.data as { row: number; column: number };
        this.dispatchEvent(new CustomEvent('cell-click', {
          detail: { row: cell.row, column: cell.column }, bubbles: true, composed: true,
        }));
      });
    }
    this.chart.resize();
    const option = this.parsed ? this.buildOption() : null;
    if (option) this.chart.setOption(option, { notMerge: true });
    else this.chart.clear();
  }

  private buildOption(): ChartOption | null {
    const fontFamily = this.fontFamily;
    const common: ChartOption = {
      animation: false,
      aria: { enabled: true, label: { description: this.label } },
      textStyle: { fontFamily, fontSize: FONT_SIZE, color: TEXT },
    };
    switch (this.kind) {
      case 'whisker': return { ...common, ...this.whiskerOption(this.parsed as WhiskerData) };
      case 'bars': return { ...common, ...this.barsOption(this.parsed as BarsData, fontFamily) };
      case 'heatmap': return { ...common, ...this.heatmapOption(this.parsed as HeatmapData, fontFamily) };
      default: return null;
    }
  }

  /** Tooltip with the shared look; each kind adds its trigger and formatter (the formatters escape all data). */
  private tooltip(extra: TooltipComponentOption): TooltipComponentOption {
    return { confine: true, textStyle: { fontFamily: this.fontFamily, fontSize: FONT_SIZE, color: TEXT }, ...extra };
  }

  private axisLabel(extra: object = {}) {
    return { fontSize: FONT_SIZE, color: TEXT, ...extra };
  }

  // ---------------------------------------------------------------- whisker

  private whiskerOption(d: WhiskerData): ChartOption {
    const vendors = d.vendors ?? [];
    const notRecommendable = (v: { recommendable?: boolean }) => v.recommendable === false;
    const labelWidth = this.labelColumnWidth(vendors.map((v) => v.name));
    const renderItem = (params: { dataIndex: number }, api: RenderApi): RenderReturn => {
      const v = vendors[params.dataIndex];
      const [x, y] = api.coord([v.overall, params.dataIndex]);
      const hollow = notRecommendable(v);
      const stroke = hollow ? MUTED : TEXT;
      // Dashed interval + hollow grey diamond: recognisable without colour.
      const line = { stroke, lineWidth: 2, lineDash: hollow ? [4, 3] : undefined };
      const children: NonNullable<Extract<RenderReturn, { type: 'group' }>['children']> = [];
      if (isNumber(v.low) && isNumber(v.high)) {
        const xl = api.coord([v.low, params.dataIndex])[0];
        const xh = api.coord([v.high, params.dataIndex])[0];
        children.push(
          { type: 'line', shape: { x1: xl, y1: y, x2: xh, y2: y }, style: line },
          { type: 'line', shape: { x1: xl, y1: y - 6, x2: xl, y2: y + 6 }, style: { ...line, lineDash: undefined } },
          { type: 'line', shape: { x1: xh, y1: y - 6, x2: xh, y2: y + 6 }, style: { ...line, lineDash: undefined } },
        );
      }
      children.push(hollow
        ? { type: 'polygon', shape: { points: [[x, y - 8], [x + 8, y], [x, y + 8], [x - 8, y]] }, style: { fill: '#ffffff', stroke: MUTED, lineWidth: 2 } }
        : { type: 'circle', shape: { cx: x, cy: y, r: 6 }, style: { fill: VENDOR_COLOURS[0], stroke: '#ffffff', lineWidth: 1.5 } });
      // Above the dot rather than beside it, so the number never collides with the interval line.
      children.push({
        type: 'text', x, y: y - 10,
        style: { text: oneDecimal(v.overall), fill: TEXT, fontSize: FONT_SIZE, fontWeight: 'bold', align: 'center', verticalAlign: 'bottom', stroke: '#ffffff', lineWidth: 3 },
      });
      return { type: 'group', children };
    };
    return {
      // top leaves room for the first row's number, which the series clip (needed for axisMin/axisMax) would cut.
      grid: { left: labelWidth + 16, right: 24, top: 14, bottom: 32 },
      xAxis: {
        type: 'value', min: d.axisMin ?? 0, max: d.axisMax ?? 100,
        axisLabel: this.axisLabel(), axisLine: { show: true, lineStyle: { color: AXIS_LINE } },
        splitLine: { lineStyle: { color: SPLIT_LINE } },
      },
      yAxis: {
        type: 'category', inverse: true, // first vendor on top
        data: vendors.map((v) => v.name),
        axisLabel: this.axisLabel({ width: 200, overflow: 'truncate' }),
        axisLine: { lineStyle: { color: AXIS_LINE } }, axisTick: { show: false },
      },
      tooltip: this.tooltip({
        trigger: 'item',
        formatter: (p) => {
          const v = vendors[(p as { dataIndex: number }).dataIndex];
          const interval = isNumber(v.low) && isNumber(v.high) ? ` (95 % ${oneDecimal(v.low)}–${oneDecimal(v.high)})` : '';
          return `${esc(v.name)}: <b>${oneDecimal(v.overall)}</b>${interval}${v.note ? ` — ${esc(v.note)}` : ''}`;
        },
      }),
      series: [{
        type: 'custom', id: 'whisker', clip: true, renderItem,
        encode: { x: 1, y: 0 },
        data: vendors.map((v, i) => [i, v.overall]),
      }],
    };
  }

  // ---------------------------------------------------------------- bars

  private barsOption(d: BarsData, fontFamily: string): ChartOption {
    const vendors = d.vendors ?? [];
    const categories = d.categories ?? [];
    const valueOf = (v: number, c: number) => d.values?.[v]?.[c] ?? null;
    // Every evaluator keeps the same horizontal slot on every bar, so dots can be followed across bars.
    const evaluators = [...new Set((d.ratings ?? []).map((r) => r.evaluator))].sort();
    const ratings = new Map<string, { evaluator: string; value: number }[]>();
    for (const r of d.ratings ?? []) {
      const key = `${r.vendor}:${r.category}`;
      ratings.set(key, [...(ratings.get(key) ?? []), r]);
    }

    // Legend height and label room are needed before ECharts lays out, so estimate them here.
    const width = this.canvasRef.value?.clientWidth || 600;
    const legendItemWidths = [...vendors, 'Evaluator ratings'].map((n) => textWidth(n, fontFamily) + 35);
    let legendLines = 1;
    legendItemWidths.reduce((x, w) => (x + w > width - 20 ? (legendLines++, w) : x + w), 0);
    const left = 40, right = 8;
    const band = (width - left - right) / Math.max(categories.length, 1);
    const n = Math.max(vendors.length, 1);
    const barWidth = Math.min(band * (1 - parseFloat(BAR_CATEGORY_GAP) / 100) / (n + (n - 1) * parseFloat(BAR_GAP) / 100), BAR_MAX_WIDTH);
    // Turn the value labels upright when they are wider than a bar slot, instead of overlapping.
    const rotate = textWidth('00.0', fontFamily) > barWidth * (1 + parseFloat(BAR_GAP) / 100) - 3;
    const labelRoom = rotate ? textWidth('100.0', fontFamily) + 10 : FONT_SIZE + 10;
    const categoryLabelWidth = Math.max(band - 6, 24);

    const renderItem = (_params: unknown, api: RenderApi): RenderReturn => {
      const c = api.value(0) as number;
      const v = api.value(1) as number;
      const slot = api.barLayout({ count: n, barGap: BAR_GAP, barCategoryGap: BAR_CATEGORY_GAP, barMaxWidth: BAR_MAX_WIDTH })[v];
      const x = api.coord([c, 0])[0] + slot.offsetCenter;
      const value = valueOf(v, c);
      const dots = ratings.get(`${v}:${c}`) ?? [];
      const step = evaluators.length > 1 ? Math.min(7, (slot.width - 8) / (evaluators.length - 1)) : 0;
      const children: NonNullable<Extract<RenderReturn, { type: 'group' }>['children']> = dots.map((r) => ({
        type: 'circle' as const,
        shape: { cx: x + (evaluators.indexOf(r.evaluator) - (evaluators.length - 1) / 2) * step, cy: api.coord([c, r.value])[1], r: 3.5 },
        // White with a dark ring: visible on every vendor colour, on white and in greyscale.
        style: { fill: '#ffffff', stroke: TEXT, lineWidth: 1.2 },
      }));
      // The value sits above the bar or its highest dot, whichever is higher, so dots never cover it.
      const upright = rotate && value != null;
      const top = Math.min(api.coord([c, value ?? 0])[1], ...dots.map((r) => api.coord([c, r.value])[1] - 4)) - 4;
      children.push({
        // "—" for no value stays horizontal: turned upright it would read as a tick mark.
        type: 'text', x, y: top, rotation: upright ? Math.PI / 2 : 0,
        style: {
          text: value == null ? '—' : oneDecimal(value), fill: value == null ? MUTED : TEXT, fontSize: FONT_SIZE,
          align: upright ? 'left' : 'center', verticalAlign: upright ? 'middle' : 'bottom', stroke: '#ffffff', lineWidth: 3,
        },
      });
      return { type: 'group', children };
    };

    return {
      color: VENDOR_COLOURS,
      legend: {
        top: 0, left: 'center', selectedMode: false, // toggling a vendor would shift the bars away from their dots
        itemWidth: 14, itemHeight: 10, textStyle: { fontSize: FONT_SIZE, color: TEXT },
        data: [...vendors, { name: 'Evaluator ratings', icon: 'circle', itemStyle: { color: '#ffffff', borderColor: TEXT, borderWidth: 1.2 } }],
      },
      grid: { left, right, top: legendLines * 22 + labelRoom, bottom: 44 },
      xAxis: {
        type: 'category', data: categories,
        axisLabel: this.axisLabel({
          interval: 0, lineHeight: 14, formatter: (name: string) => wrapTwoLines(name, categoryLabelWidth, fontFamily),
        }),
        axisLine: { lineStyle: { color: AXIS_LINE } }, axisTick: { show: false },
      },
      yAxis: {
        type: 'value', min: 0, max: 100, interval: 20,
        axisLabel: this.axisLabel(), splitLine: { lineStyle: { color: SPLIT_LINE } },
      },
      tooltip: this.tooltip({
        trigger: 'axis', axisPointer: { type: 'shadow' },
        // A small table (evaluators × vendors) stays readable where a sentence per vendor would not.
        formatter: (ps) => {
          const bar = (Array.isArray(ps) ? ps : [ps]).find((p) => p.seriesType === 'bar');
          if (!bar) return '';
          const c = bar.dataIndex;
          const td = (content: string, style = '') => `<td style="padding:1px 6px;${style}">${content}</td>`;
          const num = (value: number | null | undefined, style = '') =>
            td(value == null ? '—' : oneDecimal(value), `text-align:right;font-variant-numeric:tabular-nums;${style}`);
          const head = vendors.map((name, v) =>
            td(`<span style="color:${VENDOR_COLOURS[v % VENDOR_COLOURS.length]}">■</span> ${esc(name)}`, 'font-weight:bold')).join('');
          const scores = vendors.map((_, v) => num(valueOf(v, c), 'font-weight:bold')).join('');
          const perEvaluator = evaluators.map((e) => `<tr>${td(esc(e), `color:${MUTED}`)}${vendors.map((_, v) =>
            num(ratings.get(`${v}:${c}`)?.find((r) => r.evaluator === e)?.value)).join('')}</tr>`).join('');
          return `<b>${esc(categories[c])}</b><table style="border-collapse:collapse;margin-top:4px">`
            + `<tr>${td('')}${head}</tr><tr>${td('Score')}${scores}</tr>${perEvaluator}</table>`;
        },
      }),
      series: [
        ...vendors.map((name, v): BarSeriesOption => ({
          type: 'bar', name, barGap: BAR_GAP, barCategoryGap: BAR_CATEGORY_GAP, barMaxWidth: BAR_MAX_WIDTH,
          data: categories.map((_, c) => valueOf(v, c)),
        })),
        {
          type: 'custom', name: 'Evaluator ratings', clip: false, renderItem, silent: true,
          encode: { x: 0, y: 2 }, // [category, vendor, value]: without this, the vendor index would be taken as y
          data: vendors.flatMap((_, v) => categories.map((__, c) => [c, v, valueOf(v, c) ?? 0])),
        },
      ],
    };
  }

  // ---------------------------------------------------------------- heatmap

  private heatmapOption(d: HeatmapData, fontFamily: string): ChartOption {
    const rows = d.rows ?? [];
    const columns = d.columns ?? [];
    // Every row × column gets a cell; cells missing from the data are shown as "no value".
    const byKey = new Map((d.cells ?? []).map((cell) => [`${cell.row}:${cell.column}`, cell]));
    const cells = rows.flatMap((_, row) => columns.map((__, column) =>
      byKey.get(`${row}:${column}`) ?? { row, column, value: null }));

    const section = (code: string) => code.split('.')[0];
    const renderItem = (params: { dataIndex: number }, api: RenderApi): RenderReturn => {
      const cell = cells[params.dataIndex];
      const [cx, cy] = api.coord([cell.column, cell.row]);
      const [bandW, bandH] = api.size!([1, 1]) as number[];
      // 2 px white gap between cells; 4 px more where the section (code before the first ".") changes.
      const newSection = cell.column > 0 && section(columns[cell.column]) !== section(columns[cell.column - 1]);
      const shift = newSection ? 4 : 0;
      const [w, h] = [bandW - 2 - shift, bandH - 2];
      const hasValue = isNumber(cell.value);
      const colours = hasValue ? viridis(cell.value!) : { fill: NO_VALUE, text: MUTED };
      // Decimals only when the column is wide enough for them; the tooltip always has one decimal.
      const number = hasValue ? (w >= 44 ? oneDecimal(cell.value!) : String(Math.round(cell.value!))) : '—';
      const text = number + (cell.disputed ? '!' : '') + (cell.consensus ? '✓' : '');
      // Shrink (down to 10 px) only the few cells whose text would not fit, e.g. "100!✓".
      const fontSize = [FONT_SIZE, 11, 10].find((size) => textWidth(text, fontFamily, size, 'bold') <= w - 2) ?? 10;
      return {
        type: 'group',
        children: [
          { type: 'rect', shape: { x: cx - w / 2 + shift / 2, y: cy - h / 2, width: w, height: h, r: 2 }, style: { fill: colours.fill } },
          { type: 'text', x: cx + shift / 2, y: cy, style: { text, fill: colours.text, fontSize, fontWeight: 'bold', align: 'center', verticalAlign: 'middle' } },
        ],
      };
    };

    return {
      grid: { left: this.heatmapGridLeft(), right: 8, top: 28, bottom: 8 },
      xAxis: {
        type: 'category', position: 'top', data: columns,
        axisLabel: this.axisLabel({ interval: 0 }), axisLine: { show: false }, axisTick: { show: false },
      },
      yAxis: {
        type: 'category', inverse: true, data: rows,
        axisLabel: this.axisLabel({ width: 200, overflow: 'truncate' }), axisLine: { show: false }, axisTick: { show: false },
      },
      tooltip: this.tooltip({
        trigger: 'item',
        formatter: (p) => {
          const cell = cells[(p as { dataIndex: number }).dataIndex];
          const title = d.columnTitles?.[cell.column];
          const flags = [cell.disputed ? 'disputed' : '', cell.consensus ? 'consensus' : ''].filter(Boolean).join(', ');
          return `${esc(rows[cell.row])}<br><b>${esc(columns[cell.column])}</b>${title ? ` ${esc(title)}` : ''}: `
            + `<b>${isNumber(cell.value) ? oneDecimal(cell.value) : '—'}</b>${flags ? ` (${flags})` : ''}`;
        },
      }),
      series: [{
        type: 'custom', id: 'cells', renderItem, cursor: 'pointer',
        encode: { x: 0, y: 1 },
        data: cells.map((cell) => ({ value: [cell.column, cell.row], row: cell.row, column: cell.column })),
      }],
    };
  }
}

// Guarded so that a second copy of the bundle (e.g. dev-server reload) does not throw.
if (!customElements.get('fc-chart')) customElements.define('fc-chart', FcChart);

declare global {
  interface HTMLElementTagNameMap {
    'fc-chart': FcChart;
  }
}
