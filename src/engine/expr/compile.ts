/**
 * Turns a parsed formula into a function of (x, y) that also returns its EXACT gradient, by
 * forward-mode automatic differentiation: every intermediate value u carries (u, ∂u/∂x, ∂u/∂y),
 * a dual number with two tangent directions, and each operation applies its derivative rule
 * (product rule, chain rule, ...). No finite differences: the gradient is exact up to rounding.
 *
 * The tree is flattened once into a postfix program (numbers in typed arrays), which a small
 * stack machine runs without allocating: fast enough for contour grids and 500-step races.
 */
import type { Expr, FunctionName } from './parse.ts';
import { atan, cos, cosh, exp, log, sin, sinh, tanh } from '../math/index.ts';

const NUM = 0;
const VX = 1;
const VY = 2;
const NEG = 3;
const ADD = 4;
const SUB = 5;
const MUL = 6;
const DIV = 7;
const POW = 8;
const FN = 9; // FN + index in functionCodes

const functionCodes: readonly FunctionName[] = ['sin', 'cos', 'tan', 'exp', 'log', 'sqrt', 'abs', 'tanh', 'sinh', 'cosh', 'atan'];

export interface CompiledExpr {
  /** f(x, y). May be NaN or infinite outside the formula's domain (log of a negative, ...). */
  value(x: number, y: number): number;
  /** Writes [f, ∂f/∂x, ∂f/∂y] at (x, y) into `out` (length ≥ 3) and returns f. */
  withGradient(x: number, y: number, out: Float64Array): number;
}

export function compile(expr: Expr): CompiledExpr {
  const codes: number[] = [];
  const constants: number[] = [];
  let depth = 0;
  let maxDepth = 0;
  const push = () => {
    depth++;
    maxDepth = Math.max(maxDepth, depth);
  };
  const emit = (node: Expr): void => {
    switch (node.kind) {
      case 'num':
        codes.push(NUM);
        constants.push(node.value);
        push();
        return;
      case 'var':
        codes.push(node.name === 'x' ? VX : VY);
        constants.push(0);
        push();
        return;
      case 'neg':
        emit(node.arg);
        codes.push(NEG);
        constants.push(0);
        return;
      case 'call':
        emit(node.arg);
        codes.push(FN + functionCodes.indexOf(node.fn));
        constants.push(0);
        return;
      case 'bin':
        emit(node.left);
        emit(node.right);
        codes.push({ '+': ADD, '-': SUB, '*': MUL, '/': DIV, '^': POW }[node.op]);
        constants.push(0);
        depth--;
        return;
    }
  };
  emit(expr);
  const program = Int32Array.from(codes);
  const consts = Float64Array.from(constants);
  const v = new Float64Array(maxDepth);
  const dx = new Float64Array(maxDepth);
  const dy = new Float64Array(maxDepth);

  function run(x: number, y: number): number {
    let top = -1;
    for (let i = 0; i < program.length; i++) {
      const code = program[i]!;
      if (code === NUM) {
        top++;
        v[top] = consts[i]!;
        dx[top] = 0;
        dy[top] = 0;
      } else if (code === VX || code === VY) {
        top++;
        v[top] = code === VX ? x : y;
        dx[top] = code === VX ? 1 : 0;
        dy[top] = code === VY ? 1 : 0;
      } else if (code === NEG) {
        v[top] = -v[top]!;
        dx[top] = -dx[top]!;
        dy[top] = -dy[top]!;
      } else if (code < FN) {
        // Binary: a (at top - 1) op b (at top); the result replaces a.
        const a = v[top - 1]!;
        const ax = dx[top - 1]!;
        const ay = dy[top - 1]!;
        const b = v[top]!;
        const bx = dx[top]!;
        const by = dy[top]!;
        top--;
        let r: number;
        let rx: number;
        let ry: number;
        if (code === ADD) {
          r = a + b;
          rx = ax + bx;
          ry = ay + by;
        } else if (code === SUB) {
          r = a - b;
          rx = ax - bx;
          ry = ay - by;
        } else if (code === MUL) {
          r = a * b;
          rx = ax * b + a * bx;
          ry = ay * b + a * by;
        } else if (code === DIV) {
          r = a / b;
          rx = (ax * b - a * bx) / (b * b);
          ry = (ay * b - a * by) / (b * b);
        } else {
          // d(a^b) = b a^(b-1) da + a^b ln(a) db; the second term only when b varies.
          r = a ** b;
          const da = b === 0 ? 0 : b * a ** (b - 1);
          const varies = bx !== 0 || by !== 0;
          const db = varies ? r * log(a) : 0;
          rx = da * ax + (varies ? db * bx : 0);
          ry = da * ay + (varies ? db * by : 0);
        }
        v[top] = r;
        dx[top] = rx;
        dy[top] = ry;
      } else {
        const a = v[top]!;
        let r: number;
        let d: number; // derivative of the function at a
        switch (code - FN) {
          case 0:
            r = sin(a);
            d = cos(a);
            break;
          case 1:
            r = cos(a);
            d = -sin(a);
            break;
          case 2: {
            r = Math.tan(a); // not ported (fdlibm's k_tan): the browser's own tan
            const c = cos(a);
            d = 1 / (c * c);
            break;
          }
          case 3:
            r = exp(a);
            d = r;
            break;
          case 4:
            r = log(a);
            d = 1 / a;
            break;
          case 5:
            r = Math.sqrt(a);
            d = 0.5 / r;
            break;
          case 6:
            r = Math.abs(a);
            d = a > 0 ? 1 : a < 0 ? -1 : 0;
            break;
          case 7:
            r = tanh(a);
            d = 1 - r * r;
            break;
          case 8:
            r = sinh(a);
            d = cosh(a);
            break;
          case 9:
            r = cosh(a);
            d = sinh(a);
            break;
          default:
            r = atan(a);
            d = 1 / (1 + a * a);
        }
        v[top] = r;
        dx[top] = d * dx[top]!;
        dy[top] = d * dy[top]!;
      }
    }
    return v[0]!;
  }

  return {
    value: run,
    withGradient(x, y, out) {
      const f = run(x, y);
      out[0] = f;
      out[1] = dx[0]!;
      out[2] = dy[0]!;
      return f;
    },
  };
}
