/** Delivery locations a buyer picks from (GeoPointInput): the industrial estates Jalin's buyers sit in. */
export const DELIVERY_PLACES: Record<string, { lat: number; lng: number; id: string; en: string }> = {
  KENDAL: { lat: -6.93, lng: 110.22, id: 'Kawasan Industri Kendal (KIK)', en: 'Kendal Industrial Park (KIK)' },
  TEGAL: { lat: -6.87, lng: 109.14, id: 'Kota Tegal', en: 'Tegal city' },
  SEMARANG: { lat: -6.95, lng: 110.42, id: 'Semarang (Tanjung Emas)', en: 'Semarang (Tanjung Emas port)' },
  BEKASI: { lat: -6.3, lng: 107.15, id: 'Cikarang, Bekasi', en: 'Cikarang, Bekasi' },
};
