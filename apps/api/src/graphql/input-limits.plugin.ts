import type { ApolloServerPlugin } from '@apollo/server';
import {
  BREAK,
  DocumentNode,
  getNamedType,
  GraphQLInputType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  ValueNode,
  VariableDefinitionNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { AppError } from '../common/errors';
import { TEXT_LIMIT_EXTENSION } from '../common/validation';

/**
 * Limits every value a request brings, whatever the operation: variables and inline arguments,
 * nested input objects and lists. Per-field limits (MaxLength, ArrayMaxSize) stay the ones users
 * meet; these are a backstop above all of them.
 */
export const INPUT_LIMITS = {
  /**
   * Items in any one list. The largest list a client sends is a competency's expectations in the
   * framework editor: one per level of every track, at most FRAMEWORK_INPUT_LIMITS.expectationsPerCompetency.
   */
  listItems: 1000,
  /** Characters of any one text (String, ID or other scalar); twice the longest MaxLength. */
  textLength: 20_000,
  /** Nesting of lists and input objects; the framework's, the deepest, is 5. */
  depth: 32,
} as const;

interface Problem {
  field: string;
  message: string;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(text: string, field: string, maxLength: number): Problem | null {
  if (text.length > maxLength) {
    return { field, message: `${field} holds at most ${maxLength.toLocaleString('en')} characters.` };
  }
  if (text.includes('\u0000')) {
    return { field, message: `${field} contains a NUL character (U+0000), which text may not hold.` };
  }
  if (LONE_SURROGATE.test(text)) {
    return { field, message: `${field} contains an invalid character (a lone UTF-16 surrogate).` };
  }
  return null;
}

const textLimitOf = (extensions: Readonly<Record<string, unknown>> | null | undefined, fallback: number): number => {
  const limit = extensions?.[TEXT_LIMIT_EXTENSION];
  return typeof limit === 'number' ? limit : fallback;
};

/** The type of a list's items, or of an input object's field, when the value fits its type. */
function itemType(type: GraphQLInputType | null): GraphQLInputType | null {
  const inner = type && isNonNullType(type) ? type.ofType : type;
  if (inner && isListType(inner)) return inner.ofType;
  return inner;
}

function fieldType(type: GraphQLInputType | null, name: string): { type: GraphQLInputType | null; maxText?: number } {
  const named = type ? getNamedType(type) : null;
  if (!named || !isInputObjectType(named)) return { type: null };
  const field = named.getFields()[name];
  if (!field) return { type: null };
  const limit = field.extensions?.[TEXT_LIMIT_EXTENSION];
  return { type: field.type, maxText: typeof limit === 'number' ? limit : undefined };
}

/**
 * Walks the values of one request. Types are followed only to find a field's own text limit:
 * every string, list and object is checked, whatever type it claims to be.
 */
class RequestValues {
  constructor(
    private readonly variables: Readonly<Record<string, unknown>>,
    private readonly definitions: ReadonlyMap<string, VariableDefinitionNode>,
  ) {}

  /** A literal of the document; its variables are followed to the values the request gave. */
  literal(
    node: ValueNode,
    type: GraphQLInputType | null,
    field: string,
    maxText: number,
    depth: number,
  ): Problem | null {
    if (depth > INPUT_LIMITS.depth) return { field, message: `${field} is nested too deeply.` };
    switch (node.kind) {
      case Kind.STRING:
      case Kind.ENUM:
        return textProblem(node.value, field, maxText);
      case Kind.LIST: {
        if (node.values.length > INPUT_LIMITS.listItems) return tooMany(field);
        const items = itemType(type);
        for (const [i, item] of node.values.entries()) {
          const problem = this.literal(item, items, `${field}[${i}]`, maxText, depth + 1);
          if (problem) return problem;
        }
        return null;
      }
      case Kind.OBJECT: {
        for (const f of node.fields) {
          const inner = fieldType(type, f.name.value);
          const path = `${field}.${f.name.value}`;
          const problem = this.literal(f.value, inner.type, path, inner.maxText ?? maxText, depth + 1);
          if (problem) return problem;
        }
        return null;
      }
      case Kind.VARIABLE: {
        const name = node.name.value;
        if (this.variables[name] !== undefined) return this.raw(this.variables[name], type, field, maxText, depth);
        const fallback = this.definitions.get(name)?.defaultValue;
        return fallback ? this.literal(fallback, type, field, maxText, depth) : null;
      }
      default:
        return null;
    }
  }

  /** A value of the request's variables, as parsed from its JSON. */
  raw(value: unknown, type: GraphQLInputType | null, field: string, maxText: number, depth: number): Problem | null {
    if (depth > INPUT_LIMITS.depth) return { field, message: `${field} is nested too deeply.` };
    if (typeof value === 'string') return textProblem(value, field, maxText);
    if (Array.isArray(value)) {
      if (value.length > INPUT_LIMITS.listItems) return tooMany(field);
      const items = itemType(type);
      for (const [i, item] of value.entries()) {
        const problem = this.raw(item, items, `${field}[${i}]`, maxText, depth + 1);
        if (problem) return problem;
      }
      return null;
    }
    if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        const path = `${field}.${key}`;
        const keyProblem = textProblem(key, path, INPUT_LIMITS.textLength);
        if (keyProblem) return keyProblem;
        const next = fieldType(type, key);
        const problem = this.raw(inner, next.type, path, next.maxText ?? maxText, depth + 1);
        if (problem) return problem;
      }
    }
    return null;
  }
}

const tooMany = (field: string): Problem => ({
  field,
  message: `${field} holds more than ${INPUT_LIMITS.listItems.toLocaleString('en')} items.`,
});

/** The first value of the request's operation (and the fragments it uses) that breaks a limit. */
export function findInputProblem(
  document: DocumentNode,
  operation: { variableDefinitions?: readonly VariableDefinitionNode[] },
  variables: Readonly<Record<string, unknown>>,
  typeInfo: TypeInfo,
): Problem | null {
  const definitions = new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d]));
  const values = new RequestValues(variables, definitions);
  let found: Problem | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      VariableDefinition: () => false, // default values are checked where they are used
      Argument(node) {
        const argument = typeInfo.getArgument();
        const maxText = textLimitOf(typeInfo.getFieldDef()?.extensions, INPUT_LIMITS.textLength);
        found = values.literal(node.value, argument?.type ?? null, node.name.value, maxText, 0);
        return found ? BREAK : false;
      },
    }),
  );
  return found;
}

/**
 * Refuses, before any resolver (and so before sign-in throttling, authorization or a write), a
 * request whose values hold a NUL character or a lone surrogate (PostgreSQL text and jsonb cannot
 * store them), a list longer than INPUT_LIMITS.listItems or a text longer than its limit. The
 * answer is a BAD_USER_INPUT naming the value's path, e.g. `input.competencyKeys[3]`.
 */
export function inputLimitsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const executed: DocumentNode = {
            kind: Kind.DOCUMENT,
            definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
          };
          const problem = findInputProblem(executed, operation, request.variables ?? {}, new TypeInfo(schema));
          if (problem) {
            throw new AppError('BAD_USER_INPUT', problem.message, {
              field: problem.field,
              http: { status: 400 },
            });
          }
        },
      };
    },
  };
}
