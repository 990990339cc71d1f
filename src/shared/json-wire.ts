/**
 * Plain data with RegExp, Map and Set as JSON, for messages (Chrome sends them as JSON): the service
 * worker compiles the alias matcher once and pages revive it instead of compiling their own. RegExp,
 * Map and Set are tagged, the rest is JSON already, so the matcher's shape can change freely.
 */
export type Wire = null | boolean | number | string | Wire[] | { [key: string]: Wire };

export function encodeWire(value: unknown): Wire {
  if (value instanceof RegExp) return { $re: [value.source, value.flags] };
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [encodeWire(k), encodeWire(v)]) };
  if (value instanceof Set) return { $set: [...value].map(encodeWire) };
  if (Array.isArray(value)) return value.map(encodeWire);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, encodeWire(v)]));
  }
  if (typeof value === 'function') throw new Error('matcher-wire: functions cannot be serialised');
  return value as Wire;
}

export function decodeWire<T>(wire: Wire): T {
  const decode = (w: Wire): unknown => {
    if (Array.isArray(w)) return w.map(decode);
    if (!w || typeof w !== 'object') return w;
    if ('$re' in w) {
      const [source, flags] = w.$re as [string, string];
      return new RegExp(source, flags);
    }
    if ('$map' in w) return new Map((w.$map as [Wire, Wire][]).map(([k, v]) => [decode(k), decode(v)]));
    if ('$set' in w) return new Set((w.$set as Wire[]).map(decode));
    return Object.fromEntries(Object.entries(w).map(([k, v]) => [k, decode(v)]));
  };
  return decode(wire) as T;
}
