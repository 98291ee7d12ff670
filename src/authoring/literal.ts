/**
 * Evaluates the literal value of an MDX attribute expression (`sizes={[2, 8, 1]}`) from its
 * estree, without running any code. Chapters have no imports or variables, so every prop is a
 * literal; anything else is reported to the author rather than guessed at.
 */
export class NotLiteralError extends Error {}

interface EsNode {
  type: string;
  [key: string]: unknown;
}

const namedValues: Record<string, unknown> = { undefined: undefined, Infinity, NaN };

export function evaluateLiteral(node: EsNode): unknown {
  switch (node.type) {
    case 'Program': {
      const body = node['body'] as EsNode[];
      const first = body[0];
      if (body.length !== 1 || first?.type !== 'ExpressionStatement') {
        throw new NotLiteralError('expected a single expression');
      }
      return evaluateLiteral(first['expression'] as EsNode);
    }
    case 'Literal':
      return node['value'];
    case 'TemplateLiteral': {
      const quasis = node['quasis'] as EsNode[];
      if ((node['expressions'] as unknown[]).length > 0) {
        throw new NotLiteralError('template strings with ${...} are not literal');
      }
      return quasis.map((q) => (q['value'] as { cooked: string }).cooked).join('');
    }
    case 'Identifier': {
      const name = node['name'] as string;
      if (name in namedValues) return namedValues[name];
      throw new NotLiteralError(`"${name}" is a variable; chapters can only pass literal values`);
    }
    case 'UnaryExpression': {
      const value = evaluateLiteral(node['argument'] as EsNode);
      if (node['operator'] === '-' && typeof value === 'number') return -value;
      if (node['operator'] === '+' && typeof value === 'number') return value;
      throw new NotLiteralError(`the operator "${String(node['operator'])}" is not allowed`);
    }
    case 'ArrayExpression':
      return (node['elements'] as (EsNode | null)[]).map((el) => {
        if (el === null || el.type === 'SpreadElement') throw new NotLiteralError('holes and spreads are not literal');
        return evaluateLiteral(el);
      });
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const prop of node['properties'] as EsNode[]) {
        if (prop.type !== 'Property' || prop['computed']) throw new NotLiteralError('spreads and computed keys are not literal');
        const key = prop['key'] as EsNode;
        const name = key.type === 'Identifier' ? (key['name'] as string) : String(key['value']);
        out[name] = evaluateLiteral(prop['value'] as EsNode);
      }
      return out;
    }
    default:
      throw new NotLiteralError(`a ${node.type} is not a literal value`);
  }
}
