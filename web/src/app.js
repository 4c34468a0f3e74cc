// app.js is the analyst's view of newsgraph: a graph of people and their
// encounters (cytoscape), search, filters, a panel with the evidence, a
// timeline and a map. It talks only to /graphql and /export on its own server.
import cytoscape from 'cytoscape';
import './style.css';
import {
  gql, graphQuery, personQuery, betweenQuery, placeQuery, eventQuery, searchQuery,
  enumsQuery, connectionsQuery,
} from './api.js';
import { drawTimeline, dateStart } from './timeline.js';
import { drawMap } from './map.js';

const TYPE_COLORS = {
  MEETING: '#3b6ea5', CALL: '#4f9a6b', TALKS: '#8e5fb5', VISIT: '#e07b39', SUMMIT: '#c2417b',
  INTERVIEW: '#b8860b', LETTER: '#6b7f3a', OTHER: '#8a8f98',
};
const EXTRA = ['#2a9d8f', '#d62828', '#6d597a', '#bc6c25', '#457b9d', '#9c6644'];

// colorOf returns the colour of an event type.
function colorOf(type) {
  if (TYPE_COLORS[type]) return TYPE_COLORS[type];
  let h = 0;
  for (const ch of String(type)) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return EXTRA[h % EXTRA.length];
}

const $ = (id) => document.getElementById(id);

// MAX_NODES is the most people the graph draws at once.
const MAX_NODES = 150;

const state = {
  filters: {},
  events: [],
  people: new Map(), // id → {id, name, aliases, count}
  cy: null,
  selected: null, // person id
  highlightTimeline: () => {},
  highlightMap: () => {},
};

// el builds a DOM element: el('a', {href}, child, ...).
function el(tag, attrs = {}, ...children) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
    else if (k === 'class') n.className = v;
    else n.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    n.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return n;
}

function setStatus(text, error = false) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', error);
}

// filterVariables returns the current filters as GraphQL variables.
function filterVariables() {
  const v = {};
  for (const [k, val] of Object.entries(state.filters)) if (val) v[k] = val;
  return v;
}

function readFilters() {
  state.filters = {
    from: $('f-from').value, to: $('f-to').value, type: $('f-type').value,
    status: $('f-status').value, place: $('f-place').value.trim(), participant: $('f-person').value.trim(),
  };
}

function exportLinks() {
  const box = $('export-links');
  box.textContent = '';
  const params = new URLSearchParams(filterVariables());
  for (const [format, label] of [
    ['gexf', 'GEXF (Gephi, with timeline)'], ['graphml', 'GraphML'], ['cyjs', 'Cytoscape JSON'],
    ['dot', 'Graphviz DOT'], ['csv', 'CSV (nodes + edges, zip)'], ['nquads', 'N-Quads (whole store)'],
  ]) {
    const p = new URLSearchParams(params);
    p.set('format', format);
    box.append(el('a', { href: `/export?${p}`, download: '' }, label));
  }
}

// load fetches the events that match the filters and redraws everything.
async function load() {
  setStatus('Loading…');
  exportLinks();
  const vars = filterVariables();
  let data;
  try {
    data = await gql(graphQuery, vars);
  } catch (err) {
    setStatus(`Could not load events: ${err.message}`, true);
    return;
  }
  const t0 = performance.now();
  state.events = data.events.edges.map((e) => e.node);
  buildGraph();
  const t1 = performance.now();
  state.highlightTimeline = drawTimeline($('timeline'), state.events, colorOf, showEvent, showRange);
  const t2 = performance.now();
  state.highlightMap = drawMap($('map'), state.events, showPlace);
  state.timing = { graph: Math.round(t1 - t0), timeline: Math.round(t2 - t1), map: Math.round(performance.now() - t2) };
  setStatus(`${state.people.size} people · ${state.cy.edges().length} links · ${state.events.length} events` +
    (state.hidden ? ` · graph shows the ${state.cy.nodes().length} most active: filter to see others` : ''));
  if (state.selected && state.people.has(state.selected)) highlightPerson(state.selected);
}

// buildGraph turns the events into people (nodes) and encounters (edges).
function buildGraph() {
  const people = new Map();
  const links = new Map();
  for (const ev of state.events) {
    const ids = [...new Set(ev.participants.map((p) => p.id))].sort();
    for (const p of ev.participants) {
      let n = people.get(p.id);
      if (!n) people.set(p.id, (n = { id: p.id, name: p.name, aliases: p.aliases || [], count: 0, seen: new Set() }));
      if (!n.seen.has(ev.id)) { n.seen.add(ev.id); n.count++; }
    }
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = ids[i] + '|' + ids[j];
        let l = links.get(key);
        if (!l) links.set(key, (l = { source: ids[i], target: ids[j], count: 0, types: {}, events: [] }));
        l.count++;
        l.types[ev.type] = (l.types[ev.type] || 0) + 1;
        l.events.push(ev.id);
      }
    }
  }
  state.people = people;
  // A readable graph has at most MAX_NODES people: the most active ones.
  // Search and the panels still reach everyone.
  const shown = new Set([...people.values()]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, MAX_NODES).map((p) => p.id));
  if (state.selected && people.has(state.selected)) shown.add(state.selected);
  state.hidden = people.size - shown.size;
  for (const [key, l] of links) if (!shown.has(l.source) || !shown.has(l.target)) links.delete(key);
  const maxCount = Math.max(1, ...[...people.values()].map((p) => p.count));
  const maxLink = Math.max(1, ...[...links.values()].map((l) => l.count));
  const elements = [];
  // Start the layout from the same circle every time, so that the same
  // graph is drawn the same way.
  const ids = [...shown].sort();
  const radius = 40 * Math.sqrt(ids.length + 1);
  const start = new Map(ids.map((id, i) => [id, {
    x: radius * Math.cos((2 * Math.PI * i) / ids.length), y: radius * Math.sin((2 * Math.PI * i) / ids.length),
  }]));
  for (const p of people.values()) {
    if (!shown.has(p.id)) continue;
    elements.push({ group: 'nodes', position: start.get(p.id), data: {
      id: p.id, name: p.name, count: p.count,
      size: 18 + 42 * Math.sqrt(p.count / maxCount),
    } });
  }
  for (const [key, l] of links) {
    const main = Object.entries(l.types).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    elements.push({ group: 'edges', data: {
      id: key, source: l.source, target: l.target, count: l.count, type: main,
      color: colorOf(main), width: 1.5 + 8 * (l.count / maxLink),
      label: Object.entries(l.types).map(([t, n]) => `${n} ${t.toLowerCase()}`).join(', '),
    } });
  }
  if (state.cy) state.cy.destroy();
  state.cy = cytoscape({
    container: $('cy'),
    elements,
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      { selector: 'node', style: {
        'background-color': '#5b7fa8', label: 'data(name)', width: 'data(size)', height: 'data(size)',
        'font-size': 11, 'min-zoomed-font-size': 7, color: '#1f2328', 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.7, 'text-background-padding': 1,
        'border-width': 1.5, 'border-color': '#ffffff',
      } },
      { selector: 'edge', style: {
        width: 'data(width)', 'line-color': 'data(color)', opacity: 0.75,
        // Straight "haystack" edges draw much faster when there are many.
        'curve-style': links.size > 500 ? 'haystack' : 'bezier',
      } },
      { selector: 'node.match', style: { 'border-color': '#e07b39', 'border-width': 4 } },
      { selector: 'node:selected, node.sel', style: { 'background-color': '#e07b39', 'border-color': '#8a3f12', 'border-width': 3 } },
      { selector: 'edge:selected', style: { 'line-color': '#e07b39', opacity: 1, label: 'data(label)', 'font-size': 10, 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      { selector: '.faded', style: { opacity: 0.15 } },
      { selector: 'node.chain', style: { 'background-color': '#c2417b', 'border-color': '#6d1b3f', 'border-width': 3 } },
      { selector: 'edge.chain', style: { 'line-color': '#c2417b', opacity: 1, width: 6, label: 'data(label)', 'font-size': 10, 'text-rotation': 'autorotate' } },
    ],
    layout: layoutOptions(shown.size),
  });
  state.cy.on('tap', 'node', (e) => {
    $('suggestions').hidden = true;
    const id = e.target.id();
    const shift = e.originalEvent && (e.originalEvent.shiftKey || e.originalEvent.ctrlKey || e.originalEvent.metaKey);
    if (shift && state.selected && state.selected !== id) {
      showConnection(state.selected, id);
    } else {
      selectPerson(id);
    }
  });
  state.cy.on('tap', 'edge', (e) => showLink(e.target));
  state.cy.on('tap', (e) => {
    if (e.target === state.cy) clearHighlight();
  });
  drawLegend();
}

// layoutOptions returns a force-directed layout whose work stays bounded:
// cose costs the square of the number of nodes per iteration, so big graphs
// get fewer iterations.
function layoutOptions(nodes) {
  const numIter = nodes > 600 ? 60 : nodes > 250 ? 120 : nodes > 100 ? 300 : 1000;
  return {
    name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: nodes <= 100,
    idealEdgeLength: () => 90, nodeRepulsion: () => 9000, gravity: 0.25, numIter, padding: 30,
  };
}

function drawLegend() {
  const types = new Set(state.events.map((e) => e.type));
  const box = $('legend');
  box.textContent = '';
  for (const t of [...types].sort()) {
    box.append(el('span', {}, el('i', { style: `background:${colorOf(t)}` }), t.toLowerCase()));
  }
}

function clearHighlight() {
  state.selected = null;
  state.cy.elements().removeClass('faded chain sel match');
  state.highlightTimeline(null);
  state.highlightMap(null);
}

// highlightPerson fades everyone but the person and their neighbours, and
// highlights their events on the timeline and the map.
function highlightPerson(id) {
  const cy = state.cy;
  const node = cy.getElementById(id);
  cy.elements().removeClass('faded chain sel');
  if (node.nonempty()) {
    const hood = node.closedNeighborhood();
    cy.elements().not(hood).addClass('faded');
    node.addClass('sel');
  }
  const ids = new Set(state.events.filter((e) => e.participants.some((p) => p.id === id)).map((e) => e.id));
  state.highlightTimeline(ids);
  state.highlightMap(ids);
}

// selectPerson selects a person in the graph and shows their panel.
async function selectPerson(id, name, focus = false) {
  state.selected = id;
  const p = state.people.get(id);
  name = name || (p && p.name);
  if (state.cy) {
    state.cy.elements().unselect();
    const node = state.cy.getElementById(id);
    if (node.nonempty()) {
      node.select();
      if (focus) state.cy.animate({ fit: { eles: node.closedNeighborhood(), padding: 60 }, duration: 250 });
    }
  }
  highlightPerson(id);
  await showPerson(name);
}

function panel(...children) {
  const body = $('panel-body');
  body.textContent = '';
  body.append(...children.flat(Infinity).filter((c) => c != null && c !== false && c !== ''));
  $('panel').scrollTop = 0;
}

function personLink(p) {
  return el('a', { class: 'person-link', href: '#', onclick: (e) => { e.preventDefault(); selectPerson(p.id, p.name); } }, p.name);
}

// eventCard renders an event with its participants and evidence.
function eventCard(ev, focus) {
  const sources = ev.sources || [];
  return el('div', { class: 'event', style: `border-left-color:${colorOf(ev.type)}`, 'data-event': ev.id },
    el('div', { class: 'head' },
      el('span', { class: 'badge', style: `background:${colorOf(ev.type)}` }, ev.type.toLowerCase()),
      el('span', { class: 'date' }, ev.date || 'undated'),
      ev.place ? ` · ${ev.place.name}` : '',
      ' ', ev.status && ev.status !== 'OCCURRED' ? el('span', { class: 'status' }, ev.status.toLowerCase()) : ''),
    el('div', { class: 'who' }, 'with ',
      ev.participants.filter((p) => p.id !== focus).flatMap((p, i) => (i ? [', ', personLink(p)] : [personLink(p)])),
      ev.participants.filter((p) => p.id !== focus).length === 0 ? '—' : ''),
    sources.map((s) => [
      el('blockquote', {}, s.sentence),
      el('div', { class: 'source' },
        articleLabel(s.article),
        s.article && s.article.outlet ? ` · ${s.article.outlet}` : '',
        s.article && s.article.published ? ` · ${s.article.published}` : ''),
    ]),
  );
}

// eventList renders events a hundred at a time, with a button for more.
function eventList(events, focus, from = 0) {
  const page = 100;
  const cards = events.slice(from, from + page).map((ev) => eventCard(ev, focus));
  if (from + page >= events.length) return cards;
  const more = el('button', { type: 'button', class: 'more' }, `Show ${Math.min(page, events.length - from - page)} more of ${events.length - from - page}`);
  more.addEventListener('click', () => more.replaceWith(...eventList(events, focus, from + page)));
  return [...cards, more];
}

// articleLabel links an article by its title, else its url, else its id.
function articleLabel(a) {
  if (!a) return 'article';
  const text = a.title || a.url || `article ${a.id}`;
  return a.url ? el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, text) : text;
}

function byDate(a, b) {
  const da = dateStart(a.date), db = dateStart(b.date);
  if (isNaN(da) !== isNaN(db)) return isNaN(da) ? 1 : -1;
  return (da - db) || String(a.date).length - String(b.date).length || a.id.localeCompare(b.id);
}

function filterVarsWithout(key) {
  const v = filterVariables();
  delete v[key];
  return v;
}

async function showPerson(name) {
  panel(el('h2', {}, name), el('p', { class: 'empty' }, 'Loading…'));
  let data;
  try {
    data = await gql(personQuery, { name, ...filterVarsWithout('participant') });
  } catch (err) {
    panel(el('h2', {}, name), el('p', { class: 'empty' }, `Could not load: ${err.message}`));
    return;
  }
  const p = data.person;
  if (!p) {
    panel(el('h2', {}, name), el('p', { class: 'empty' }, 'Not found.'));
    return;
  }
  const events = p.events.edges.map((e) => e.node).sort(byDate);
  const roles = [];
  const seenRoles = new Set();
  for (const r of p.roles || []) {
    if (seenRoles.has(r.title)) continue;
    seenRoles.add(r.title);
    roles.push(r);
  }
  panel(
    el('h2', {}, p.name),
    p.aliases && p.aliases.length ? el('div', { class: 'aliases' }, 'also ', p.aliases.join(', ')) : '',
    p.country ? el('div', { class: 'meta' }, 'Country: ', p.country.name) : '',
    roles.length ? [el('h3', {}, 'Roles'), el('ul', { class: 'roles' }, roles.map((r) =>
      el('li', {}, r.title, r.article && r.article.outlet ? el('span', { class: 'meta' }, ` (${r.article.outlet}${r.article.published ? ', ' + r.article.published : ''})`) : '')))] : '',
    el('h3', {}, `Events (${events.length})`),
    events.length ? eventList(events, p.id) : el('p', { class: 'empty' }, 'No events match the filters.'),
    el('p', { class: 'meta' }, 'Shift+click another person to see how they are connected.'),
  );
}

async function showLink(edge) {
  const a = state.people.get(edge.data('source')), b = state.people.get(edge.data('target'));
  state.cy.elements().removeClass('faded chain sel');
  state.cy.elements().not(edge.connectedNodes().union(edge)).addClass('faded');
  const ids = new Set(state.events.filter((e) => {
    const ps = new Set(e.participants.map((p) => p.id));
    return ps.has(a.id) && ps.has(b.id);
  }).map((e) => e.id));
  state.highlightTimeline(ids);
  state.highlightMap(ids);
  const title = el('h2', {}, personLink(a), ' & ', personLink(b));
  panel(title, el('p', { class: 'empty' }, 'Loading…'));
  let data;
  try {
    data = await gql(betweenQuery, { ...filterVariables(), participant: a.name, with: b.name });
  } catch (err) {
    panel(title, el('p', { class: 'empty' }, `Could not load: ${err.message}`));
    return;
  }
  const events = data.events.edges.map((e) => e.node).sort(byDate);
  panel(title, el('h3', {}, `Events between them (${events.length})`), eventList(events));
}

async function showEvent(ev) {
  const ids = new Set([ev.id]);
  state.highlightTimeline(ids);
  state.highlightMap(ids);
  state.cy.elements().removeClass('faded chain sel');
  const nodes = state.cy.collection(ev.participants.map((p) => state.cy.getElementById(p.id)));
  state.cy.elements().not(nodes.union(nodes.edgesWith(nodes))).addClass('faded');
  let full = ev;
  try {
    const data = await gql(eventQuery, { id: ev.id });
    if (data.event) full = data.event;
  } catch (err) {
    setStatus(`Could not load the event: ${err.message}`, true);
  }
  panel(el('h2', {}, 'Event'), eventCard(full));
}

// showRange narrows the date filter to [from, to] and reloads.
function showRange(from, to) {
  $('f-from').value = from;
  $('f-to').value = to;
  readFilters();
  load();
}

async function showPlace(place, places = [place]) {
  const here = new Set(places.map((p) => p.id));
  const ids = new Set(state.events.filter((e) => e.place && here.has(e.place.id)).map((e) => e.id));
  state.highlightTimeline(ids);
  state.highlightMap(ids);
  const title = el('h2', {}, places.map((p) => p.name).join(' · '));
  panel(title, el('p', { class: 'empty' }, 'Loading…'));
  const found = new Map();
  try {
    for (const p of places) {
      const data = await gql(placeQuery, { ...filterVariables(), place: p.name });
      for (const { node } of data.events.edges) if (node.place && here.has(node.place.id)) found.set(node.id, node);
    }
  } catch (err) {
    panel(title, el('p', { class: 'empty' }, `Could not load: ${err.message}`));
    return;
  }
  const events = [...found.values()].sort(byDate);
  panel(title, el('h3', {}, `Events here (${events.length})`), eventList(events));
}

// showConnection asks for the shortest chains between two people and
// highlights the first in the graph.
async function showConnection(fromId, toId) {
  const a = state.people.get(fromId), b = state.people.get(toId);
  const title = el('h2', {}, 'How are ', personLink(a), ' and ', personLink(b), ' connected?');
  panel(title, el('p', { class: 'empty' }, 'Looking for chains…'));
  let data;
  try {
    data = await gql(connectionsQuery, { from: a.name, to: b.name, after: state.filters.from || undefined, before: state.filters.to || undefined });
  } catch (err) {
    panel(title, el('p', { class: 'empty' }, `Could not find connections: ${err.message}`));
    return;
  }
  const chains = data.connections || [];
  const cy = state.cy;
  cy.elements().removeClass('faded chain sel');
  if (chains.length === 0) {
    panel(title, el('p', { class: 'empty' }, 'No chain of encounters links them.'));
    return;
  }
  let marked = cy.collection();
  for (const hop of chains[0].hops) {
    const n1 = cy.getElementById(hop.from.id), n2 = cy.getElementById(hop.to.id);
    marked = marked.union(n1).union(n2).union(n1.edgesWith(n2));
  }
  marked.addClass('chain');
  cy.elements().not(marked).addClass('faded');
  const ids = new Set(chains[0].hops.flatMap((h) => h.events.map((e) => e.id)));
  state.highlightTimeline(ids);
  state.highlightMap(ids);
  panel(title,
    el('p', { class: 'meta' }, `${chains.length} shortest chain${chains.length === 1 ? '' : 's'} of ${chains[0].hops.length} hop${chains[0].hops.length === 1 ? '' : 's'}; the first is highlighted.`),
    chains.map((c, i) => [
      el('h3', {}, `Chain ${i + 1}`),
      c.hops.map((h) => el('div', { class: 'chain' },
        personLink(h.from), ' → ', personLink(h.to), ': ',
        h.events.map((e) => `${e.type.toLowerCase()} ${e.date || 'undated'}${e.place ? ' in ' + e.place.name : ''}`).join('; '))),
    ]),
  );
}

// search shows the people whose name or alias contains the text: first those
// in the graph, then others the API finds.
let searchSeq = 0;
async function suggest(text) {
  const list = $('suggestions');
  const q = text.trim().toLowerCase();
  list.textContent = '';
  if (!q) { list.hidden = true; state.cy && state.cy.nodes().removeClass('match'); return []; }
  const local = [...state.people.values()].filter((p) =>
    p.name.toLowerCase().includes(q) || p.aliases.some((a) => a.toLowerCase().includes(q)))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  state.cy.nodes().removeClass('match');
  for (const p of local) state.cy.getElementById(p.id).addClass('match');
  const items = local.map((p) => ({ id: p.id, name: p.name, note: `${p.count} event${p.count === 1 ? '' : 's'}` }));
  render(items);
  const seq = ++searchSeq;
  try {
    const data = await gql(searchQuery, { search: text.trim() });
    if (seq !== searchSeq) return items;
    for (const { node } of data.people.edges) {
      if (!items.some((i) => i.id === node.id)) items.push({ id: node.id, name: node.name, note: 'not in the current view' });
    }
    render(items);
  } catch {
    // The local matches stand.
  }
  return items;

  function render(items) {
    list.textContent = '';
    for (const it of items.slice(0, 12)) {
      list.append(el('li', { role: 'option', 'data-id': it.id, onmousedown: (e) => { e.preventDefault(); choose(it); } },
        it.name, ' ', el('small', {}, it.note)));
    }
    if (items.length === 0) list.append(el('li', { class: 'empty' }, 'no one'));
    list.hidden = false;
  }
}

function choose(it) {
  $('suggestions').hidden = true;
  $('search').value = it.name;
  selectPerson(it.id, it.name, true);
}

function setupSearch() {
  const input = $('search');
  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => suggest(input.value), 120);
  });
  input.addEventListener('blur', () => setTimeout(() => { $('suggestions').hidden = true; }, 150));
  $('search-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    clearTimeout(timer);
    const items = await suggest(input.value);
    if (items.length) choose(items[0]);
  });
}

async function setupFilters() {
  try {
    const data = await gql(enumsQuery);
    for (const [sel, t] of [[$('f-type'), data.types], [$('f-status'), data.statuses]]) {
      for (const v of (t && t.enumValues) || []) sel.append(el('option', { value: v.name }, v.name.toLowerCase()));
    }
  } catch {
    // The selects keep "any".
  }
  $('filters').addEventListener('submit', (e) => {
    e.preventDefault();
    readFilters();
    load();
  });
  $('f-clear').addEventListener('click', () => {
    $('filters').reset();
    readFilters();
    load();
  });
}

let resizeTimer = null;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    state.highlightTimeline = drawTimeline($('timeline'), state.events, colorOf, showEvent, showRange);
    state.highlightMap = drawMap($('map'), state.events, showPlace);
  }, 200);
});

// The browser test and curious analysts can reach the graph from the console.
window.newsgraph = state;

setupSearch();
setupFilters().then(() => { readFilters(); return load(); }).then(() => document.body.setAttribute('data-ready', 'true'));
