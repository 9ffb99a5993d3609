import { createContext, useContext, type ReactNode } from 'react';

/** Where maps open and what they draw beneath the data; set once by the shell. */
export interface MapDefaults {
  center: [number, number];
  zoom: number;
  /** Vector tiles of the offline basemap (`{z}/{x}/{y}` template, absolute URL). */
  tilesUrl: string;
  /** Optional online raster basemap (e.g. a Tianditu URL with its key); null keeps maps offline. */
  rasterUrl: string | null;
}

export const DEFAULT_MAP: MapDefaults = {
  center: [106.63, 29.72],
  zoom: 11,
  tilesUrl: '/tiles/{z}/{x}/{y}.pbf',
  rasterUrl: null,
};

const MapDefaultsContext = createContext<MapDefaults>(DEFAULT_MAP);

export function MapDefaultsProvider({ value, children }: { value: MapDefaults; children: ReactNode }) {
  return <MapDefaultsContext.Provider value={value}>{children}</MapDefaultsContext.Provider>;
}

export function useMapDefaults(): MapDefaults {
  return useContext(MapDefaultsContext);
}
