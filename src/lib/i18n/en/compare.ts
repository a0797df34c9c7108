// The compare page (/compare/): tables, charts, claims.
export const compare = {};
