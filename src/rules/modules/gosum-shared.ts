/** Rules that weaken or bypass go.sum verification, named in these rules' texts. */
export const WEAKENING_RULES = 'GD501 (GOSUMDB=off), GD502 (broad GONOSUMDB/GOPRIVATE) and GD706 (GOFLAGS=-mod=mod in CI)';
