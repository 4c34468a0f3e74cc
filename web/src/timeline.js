// timeline.js draws events along a time axis as dots coloured by type,
// stacked when they fall on the same day.
const NS = 'http://www.w3.org/2000/svg';
const DAY = 86400000;

// dateStart returns the first day of an ISO date at day, month or year
// precision, in ms since the epoch, or NaN.
export function dateStart(d) {
  if (!d) return NaN;
  const [y, m = '01', day = '01'] = d.split('-');
  return Date.UTC(+y, +m - 1, +day);
}

// dateEnd returns the last day of an ISO date at its precision, in ms.
function dateEnd(d) {
  const [y, m, day] = d.split('-');
  if (day) return Date.UTC(+y, +m - 1, +day);
  if (m) return Date.UTC(+y, +m, 0);
  return Date.UTC(+y, 11, 31);
}

const iso = (t) => new Date(t).toISOString().slice(0, 10);

// drawTimeline draws events into el: one dot per event, coloured by type and
// stacked by day, calling onEvent(event) on a click; or, when there are too
// many to stack, a histogram of stacked bars whose click calls
// onRange(from, to) with the bar's dates. It returns a function that
// highlights the given event ids (all if null).
export function drawTimeline(el, events, colorOf, onEvent, onRange) {
  el.textContent = '';
  const dated = events.filter((e) => !isNaN(dateStart(e.date)))
    .sort((a, b) => dateStart(a.date) - dateStart(b.date) || a.id.localeCompare(b.id));
  const box = el.getBoundingClientRect();
  const W = Math.max(box.width, 300), H = Math.max(box.height, 120);
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Timeline of ${dated.length} dated events`);
  el.appendChild(svg);
  const add = (tag, attrs, text) => {
    const n = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
    if (text != null) n.textContent = text;
    svg.appendChild(n);
    return n;
  };
  if (dated.length === 0) {
    add('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'no dated events');
    return () => {};
  }
  let t0 = dateStart(dated[0].date), t1 = dateStart(dated[dated.length - 1].date);
  if (t1 - t0 < 14 * DAY) { t0 -= 7 * DAY; t1 += 7 * DAY; }
  const pad = 24, axisY = H - 22, breakW = 26;
  // Long empty stretches (a lone event years before the rest) are cut out of
  // the axis and drawn as a break, so the busy months keep their width.
  const starts = [...new Set(dated.map((e) => dateStart(e.date)))].sort((a, b) => a - b);
  const minGap = Math.max(120 * DAY, (t1 - t0) / 4);
  const cuts = [];
  for (let i = 1; i < starts.length; i++) {
    if (starts[i] - starts[i - 1] > minGap) cuts.push([starts[i - 1] + 15 * DAY, starts[i] - 15 * DAY]);
  }
  const cutTime = cuts.reduce((n, [a, b]) => n + (b - a), 0);
  const scale = (W - 2 * pad - cuts.length * breakW) / Math.max(1, t1 - t0 - cutTime);
  const x = (t) => {
    let px = pad + (t - t0) * scale;
    for (const [a, b] of cuts) {
      if (t >= b) px += breakW - (b - a) * scale;
      else if (t > a) px += ((t - a) / (b - a)) * breakW - (t - a) * scale;
    }
    return px;
  };
  const inCut = (t) => cuts.some(([a, b]) => t > a && t < b);
  add('line', { class: 'axis', x1: pad, x2: W - pad, y1: axisY, y2: axisY });
  for (const [a, b] of cuts) {
    const xa = x(a) + 4, xb = x(b) - 4;
    add('rect', { x: xa, y: axisY - 3, width: xb - xa, height: 6, fill: '#fff' });
    add('text', { x: (xa + xb) / 2, y: axisY + 4, 'text-anchor': 'middle', 'font-size': 12 }, '≈');
  }
  // Month ticks, thinned to fit.
  const months = [];
  const s = new Date(t0);
  for (let m = Date.UTC(s.getUTCFullYear(), s.getUTCMonth(), 1); m <= t1; ) {
    if (m >= t0 && !inCut(m)) months.push(m);
    const d = new Date(m);
    m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
  const step = Math.max(1, Math.ceil(months.length / Math.max(1, Math.floor((W - 2 * pad - cuts.length * breakW) / 60))));
  let lastLabel = -Infinity;
  months.forEach((m, i) => {
    if (i % step && !(i > 0 && inCut(months[i - 1] + DAY))) return;
    if (x(m) - lastLabel < 52) return;
    lastLabel = x(m);
    const d = new Date(m);
    add('line', { class: 'axis', x1: x(m), x2: x(m), y1: axisY, y2: axisY + 4 });
    add('text', { x: x(m), y: axisY + 15, 'text-anchor': 'middle' },
      d.toLocaleString('en', { month: 'short', timeZone: 'UTC' }) + ` ’${String(d.getUTCFullYear()).slice(2)}`);
  });
  const r = 5;
  const rows = Math.floor((axisY - 10) / (r * 2 + 1));
  const stacks = new Map();
  for (const ev of dated) {
    const px = Math.round(x(dateStart(ev.date)) / (r * 2)) * r * 2;
    stacks.set(px, (stacks.get(px) || 0) + 1);
  }
  if (Math.max(...stacks.values()) > rows) return histogram();
  stacks.clear();
  const dots = [];
  for (const ev of dated) {
    const px = Math.round(x(dateStart(ev.date)) / (r * 2)) * r * 2;
    const n = stacks.get(px) || 0;
    stacks.set(px, n + 1);
    const cy = axisY - 10 - n * (r * 2 + 1);
    const c = add('circle', { class: 'ev', cx: px, cy, r, fill: colorOf(ev.type) });
    c.dataset.id = ev.id;
    const who = ev.participants.map((p) => p.name).join(', ');
    const t = document.createElementNS(NS, 'title');
    t.textContent = `${ev.date} ${ev.type.toLowerCase()}${ev.place ? ' in ' + ev.place.name : ''}: ${who}`;
    c.appendChild(t);
    c.addEventListener('click', () => onEvent(ev));
    dots.push(c);
  }
  return (ids) => {
    for (const c of dots) c.classList.toggle('dim', !!ids && !ids.has(c.dataset.id));
  };

  // histogram draws bars of binW pixels, stacked by type.
  function histogram() {
    const binW = 6;
    const bins = new Map();
    for (const ev of dated) {
      const k = Math.floor((x(dateStart(ev.date)) - pad) / binW);
      let b = bins.get(k);
      if (!b) bins.set(k, (b = { types: new Map(), ids: [], from: Infinity, to: -Infinity }));
      b.types.set(ev.type, (b.types.get(ev.type) || 0) + 1);
      b.ids.push(ev.id);
      b.from = Math.min(b.from, dateStart(ev.date));
      b.to = Math.max(b.to, dateEnd(ev.date));
    }
    const max = Math.max(...[...bins.values()].map((b) => b.ids.length));
    const hMax = axisY - 12;
    const bars = [];
    for (const [k, b] of bins) {
      const bx = pad + k * binW;
      const g = document.createElementNS(NS, 'g');
      g.setAttribute('class', 'ev');
      let y = axisY;
      for (const [type, n] of [...b.types].sort((a, c) => a[0].localeCompare(c[0]))) {
        const h = (n / max) * hMax;
        y -= h;
        const rect = document.createElementNS(NS, 'rect');
        for (const [a, v] of Object.entries({ x: bx, y, width: binW - 1, height: Math.max(h, 0.5), fill: colorOf(type) })) rect.setAttribute(a, v);
        g.appendChild(rect);
      }
      const hl = document.createElementNS(NS, 'rect');
      for (const [a, v] of Object.entries({ x: bx, y: axisY, width: binW - 1, height: 0, fill: '#e07b39' })) hl.setAttribute(a, v);
      g.appendChild(hl);
      const title = document.createElementNS(NS, 'title');
      title.textContent = `${iso(b.from)} – ${iso(b.to)}: ${b.ids.length} events (` +
        [...b.types].map(([t, n]) => `${n} ${t.toLowerCase()}`).join(', ') + '). Click to show only these dates.';
      g.appendChild(title);
      g.addEventListener('click', () => onRange(iso(b.from), iso(b.to)));
      svg.appendChild(g);
      bars.push({ g, hl, ids: b.ids });
    }
    return (ids) => {
      for (const { g, hl, ids: own } of bars) {
        const n = ids ? own.filter((id) => ids.has(id)).length : 0;
        const h = (n / max) * hMax;
        hl.setAttribute('y', axisY - h);
        hl.setAttribute('height', h);
        g.classList.toggle('dim', !!ids && n === 0);
      }
    };
  }
}
