// map.js draws the places of events on an embedded world outline (Natural
// Earth 1:110m countries, bundled at build time): an equirectangular SVG map,
// no tiles and nothing fetched.
import world from 'world-outline';

const NS = 'http://www.w3.org/2000/svg';

let landPath = null;

// land returns the SVG path of all countries, with y = -latitude.
function land() {
  if (landPath) return landPath;
  const parts = [];
  for (const [, rings] of world) {
    for (const r of rings) {
      let d = `M${r[0]},${-r[1]}`;
      for (let i = 2; i < r.length; i += 2) d += `L${r[i]},${-r[i + 1]}`;
      parts.push(d + 'Z');
    }
  }
  landPath = parts.join('');
  return landPath;
}

// drawMap draws one circle per place, sized by its number of events, into
// el. onPlace(place, places) is called with the main place and all places
// at that location when a circle is clicked. It returns a function
// that highlights the places of the given event ids (all if null).
export function drawMap(el, events, onPlace) {
  el.textContent = '';
  // One circle per location: places at the same coordinates (a city, a
  // venue in it) share it.
  const places = new Map();
  for (const ev of events) {
    const p = ev.place;
    if (!p || p.latitude == null || p.longitude == null) continue;
    const key = `${p.latitude.toFixed(1)},${p.longitude.toFixed(1)}`;
    let e = places.get(key);
    if (!e) places.set(key, (e = { place: p, places: new Map(), events: [] }));
    e.places.set(p.id, (e.places.get(p.id) || 0) + 1);
    // Name the location after its city, else after its busiest place.
    const rank = (q) => (q.kind === 'city' ? 1e9 : 0) + e.places.get(q.id);
    if (rank(p) > rank(e.place)) e.place = p;
    e.events.push(ev.id);
  }
  const byID = new Map(events.filter((e) => e.place).map((e) => [e.place.id, e.place]));
  // Fit the view to the places, at least 60° wide, in the box's aspect ratio.
  const box = el.getBoundingClientRect();
  const aspect = box.width > 0 && box.height > 0 ? box.width / box.height : 2;
  let minX = 180, maxX = -180, minY = 90, maxY = -90;
  for (const { place } of places.values()) {
    minX = Math.min(minX, place.longitude); maxX = Math.max(maxX, place.longitude);
    minY = Math.min(minY, place.latitude); maxY = Math.max(maxY, place.latitude);
  }
  if (places.size === 0) { minX = -180; maxX = 180; minY = -60; maxY = 80; }
  let w = Math.max(maxX - minX + 20, 60), h = Math.max(maxY - minY + 16, w / aspect);
  w = Math.max(w, h * aspect);
  const cx = (minX + maxX) / 2, cy = -(minY + maxY) / 2;
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `${cx - w / 2} ${cy - h / 2} ${w} ${h}`);
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Map of ${places.size} event places`);
  const path = document.createElementNS(NS, 'path');
  path.setAttribute('class', 'land');
  path.setAttribute('d', land());
  path.setAttribute('stroke-width', String(w / 600));
  svg.appendChild(path);
  const unit = w / 120;
  const most = Math.max(1, ...[...places.values()].map((e) => e.events.length));
  // Circle areas grow with the number of events, the busiest place at most
  // 4.5 units across.
  const radius = (n) => unit * (0.8 + 3.7 * Math.sqrt(n / most));
  const circles = [];
  const sorted = [...places.values()].sort((a, b) => b.events.length - a.events.length);
  for (const e of sorted) {
    const c = document.createElementNS(NS, 'circle');
    c.setAttribute('class', 'place');
    c.setAttribute('cx', e.place.longitude);
    c.setAttribute('cy', -e.place.latitude);
    c.setAttribute('r', String(radius(e.events.length)));
    c.setAttribute('stroke-width', String(unit / 6));
    c.dataset.place = e.place.name;
    const here = [...e.places.keys()].map((id) => byID.get(id));
    const title = document.createElementNS(NS, 'title');
    title.textContent = `${here.map((p) => p.name).join(', ')}: ${e.events.length} event${e.events.length === 1 ? '' : 's'}`;
    c.appendChild(title);
    c.addEventListener('click', () => onPlace(e.place, here));
    svg.appendChild(c);
    circles.push({ c, ids: new Set(e.events) });
  }
  // Name the busiest places.
  for (const e of sorted.slice(0, 8)) {
    const t = document.createElementNS(NS, 'text');
    t.setAttribute('class', 'place-label');
    // Labels right of the circle, or left of it near the right edge.
    const right = e.place.longitude > cx + w / 4;
    t.setAttribute('x', e.place.longitude + (right ? -1 : 1) * (radius(e.events.length) + unit * 0.4));
    if (right) t.setAttribute('text-anchor', 'end');
    t.setAttribute('y', -e.place.latitude + unit * 0.7);
    t.setAttribute('font-size', String(unit * 2.2));
    t.textContent = e.place.name + (e.places.size > 1 ? ` +${e.places.size - 1}` : '');
    svg.appendChild(t);
  }
  if (places.size === 0) {
    const t = document.createElementNS(NS, 'text');
    t.setAttribute('x', cx); t.setAttribute('y', cy);
    t.setAttribute('text-anchor', 'middle');
    t.setAttribute('font-size', String(unit * 3));
    t.setAttribute('fill', '#656d76');
    t.textContent = 'no located events';
    svg.appendChild(t);
  }
  el.appendChild(svg);
  return (ids) => {
    for (const { c, ids: own } of circles) {
      const on = !ids || [...own].some((id) => ids.has(id));
      c.classList.toggle('dim', !on);
      c.classList.toggle('hl', !!ids && on);
    }
  };
}
