// ./ioc bench map: supercluster (the standard JavaScript library) on the points bench_map wrote.
// Input: a file of little-endian float64 pairs (longitude, latitude) and a file of viewports
// (zoom, west, south, east, north as float64). Output: one JSON line with the timings.
import { readFileSync } from 'node:fs';
import Supercluster from 'supercluster';

const [pointsFile, viewsFile, radius, extent, maxZoom] = process.argv.slice(2);
const raw = readFileSync(pointsFile);
const coords = new Float64Array(raw.buffer, raw.byteOffset, raw.byteLength / 8);
const features = [];
for (let i = 0; i < coords.length; i += 2) {
  features.push({ type: 'Feature', properties: { i: i / 2 }, geometry: { type: 'Point', coordinates: [coords[i], coords[i + 1]] } });
}
const options = { radius: Number(radius), extent: Number(extent), maxZoom: Number(maxZoom), minPoints: 2 };

const builds = [];
let index;
for (let run = 0; run < 3; ++run) {
  const start = process.hrtime.bigint();
  index = new Supercluster(options).load(features);
  builds.push(Number(process.hrtime.bigint() - start) / 1e6);
}
builds.sort((a, b) => a - b);

const rawViews = readFileSync(viewsFile);
const views = new Float64Array(rawViews.buffer, rawViews.byteOffset, rawViews.byteLength / 8);
const queries = [];
let returned = 0;
for (let i = 0; i < views.length; i += 5) {
  const start = process.hrtime.bigint();
  const found = index.getClusters([views[i + 1], views[i + 2], views[i + 3], views[i + 4]], views[i]);
  queries.push(Number(process.hrtime.bigint() - start) / 1e6);
  returned += found.length;
}
queries.sort((a, b) => a - b);
console.log(JSON.stringify({ build_ms: builds[1], query_ms: queries[Math.floor(queries.length / 2)], returned }));
