// build.mjs bundles the web UI into ../ui/dist with esbuild: the analyst's view
// (src/app.js → dist/app.js, dist/app.css, dist/index.html) and an offline
// GraphiQL (src/graphiql/ → dist/graphiql/). Nothing is loaded from a CDN: the
// world outline of the map is derived here from world-atlas (Natural Earth
// 1:110m countries) and bundled into app.js.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync, rmSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const out = new URL('../ui/dist/', import.meta.url).pathname;

// worldOutline returns the countries of world-atlas as
// [[name, [ring, ...]], ...], each ring a flat [lon, lat, lon, lat, ...] list
// rounded to 0.1 degree, with repeated points dropped.
function worldOutline() {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
  const fc = feature(topo, topo.objects.countries);
  const round = (x) => Math.round(x * 10) / 10;
  const countries = [];
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const rings = [];
    for (const poly of polys) {
      for (const ring of poly) {
        const flat = [];
        let px, py;
        for (const [x, y] of ring) {
          const rx = round(x), ry = round(y);
          if (rx === px && ry === py) continue;
          flat.push(rx, ry);
          px = rx; py = ry;
        }
        if (flat.length >= 6) rings.push(flat);
      }
    }
    countries.push([f.properties?.name ?? '', rings]);
  }
  return countries;
}

const worldPlugin = {
  name: 'world-outline',
  setup(b) {
    b.onResolve({ filter: /^world-outline$/ }, () => ({ path: 'world-outline', namespace: 'world' }));
    b.onLoad({ filter: /.*/, namespace: 'world' }, () => ({
      contents: JSON.stringify(worldOutline()),
      loader: 'json',
    }));
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out + 'graphiql', { recursive: true });

const common = {
  bundle: true,
  minify: true,
  legalComments: 'none',
  target: ['es2020'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'info',
};

await build({
  ...common,
  entryPoints: { app: 'src/app.js' },
  outdir: out,
  format: 'iife',
  plugins: [worldPlugin],
});

await build({
  ...common,
  entryPoints: { graphiql: 'src/graphiql/graphiql.jsx' },
  outdir: out + 'graphiql',
  format: 'iife',
  jsx: 'automatic',
  loader: { '.svg': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl' },
});

copyFileSync('src/index.html', out + 'index.html');
copyFileSync('src/graphiql/index.html', out + 'graphiql/index.html');
copyFileSync('src/favicon.svg', out + 'favicon.svg');
writeFileSync(out + 'LICENSES.txt', readFileSync('LICENSES.txt', 'utf8'));
