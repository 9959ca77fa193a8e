// A module of its own so callers can load the YAML parser only when a YAML file is there.
export { parse as parseYaml } from 'yaml';
