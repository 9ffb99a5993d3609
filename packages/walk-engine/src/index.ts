export * from './geodesy.js';
export * from './hilbert.js';
export * from './graph.js';
export * from './geojson-import.js';
export * from './snap.js';
export * from './search.js';
export * from './nearest.js';
