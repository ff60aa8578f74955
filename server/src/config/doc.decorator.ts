/** What the README's configuration table says about one environment variable. */
export interface VariableDoc {
  /** The "meaning" column (Markdown). */
  meaning: string;
  /** The "default" column (Markdown) when the class's initial value does not say it: computed, or depends on NODE_ENV. */
  shownDefault?: string;
}

const registry = new WeakMap<object, Map<string, VariableDoc>>();

/**
 * Describes an environment variable declared on a configuration class, for `npm run config:docs`.
 * `default` overrides the default column, which otherwise shows the property's initial value (or "unset").
 */
export function Doc(meaning: string, options: { default?: string } = {}): PropertyDecorator {
  return (target, property) => {
    const docs = registry.get(target.constructor) ?? new Map<string, VariableDoc>();
    docs.set(String(property), { meaning, shownDefault: options.default });
    registry.set(target.constructor, docs);
  };
}

/** The descriptions declared on a class, by property name, in declaration order. */
export function variableDocs(target: object): ReadonlyMap<string, VariableDoc> {
  return registry.get(target) ?? new Map();
}
