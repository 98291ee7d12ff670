/**
 * Colour science for checking the course palette (palette.ts): how a colour looks to a reader
 * with a colour-vision deficiency, and how far apart two colours look. Pure functions on
 * '#rrggbb' strings, used by the palette's unit test; no widget draws with them.
 *
 * - Deficiency simulation: Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model
 *   for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), severity 1.0 matrices, applied
 *   to linear RGB (as the paper does).
 * - Distance: CIEDE2000 (Sharma, Wu & Dalal 2005, "The CIEDE2000 Color-Difference Formula:
 *   Implementation Notes"), on CIELAB under D65.
 * - Contrast: WCAG 2 relative luminance and contrast ratio.
 */

export type Rgb = readonly [number, number, number];
export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

/** Machado et al. (2009), table for severity 1.0, rows of a 3×3 matrix on linear RGB. */
const machado: Record<Deficiency, readonly number[]> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

/** '#rrggbb' (or '#rgb') as sRGB components in 0..1. */
export function parseHex(hex: string): Rgb {
  const body = hex.replace(/^#/, '');
  const full = body.length === 3 ? [...body].map((c) => c + c).join('') : body;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new RangeError(`not a hex colour: ${hex}`);
  const n = Number.parseInt(full, 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp01 = (c: number) => Math.min(1, Math.max(0, c));

/** The sRGB colour a reader with `deficiency` sees in place of `rgb`. */
export function simulate(rgb: Rgb, deficiency: Deficiency): Rgb {
  const m = machado[deficiency];
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  const out = [0, 1, 2].map((i) => toGamma(clamp01(m[3 * i]! * r + m[3 * i + 1]! * g + m[3 * i + 2]! * b)));
  return out as unknown as Rgb;
}

/** CIELAB (D65 white) of an sRGB colour. */
export function toLab(rgb: Rgb): Rgb {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const rad = Math.PI / 180;

/** CIEDE2000 colour difference between two CIELAB colours (kL = kC = kH = 1). */
export function ciede2000(lab1: Rgb, lab2: Rgb): number {
  const [L1, a1, b1] = lab1;
  const [L2, a2, b2] = lab2;
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cbar7 = ((C1 + C2) / 2) ** 7;
  const G = 0.5 * (1 - Math.sqrt(Cbar7 / (Cbar7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * rad);
  const Lbar = (L1 + L2) / 2;
  const Cbarp = (C1p + C2p) / 2;
  let hbar = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hbar /= 2;
    else hbar = hbar < 360 ? (hbar + 360) / 2 : (hbar - 360) / 2;
  }
  const T =
    1 -
    0.17 * Math.cos((hbar - 30) * rad) +
    0.24 * Math.cos(2 * hbar * rad) +
    0.32 * Math.cos((3 * hbar + 6) * rad) -
    0.2 * Math.cos((4 * hbar - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hbar - 275) / 25) ** 2));
  const Rc = 2 * Math.sqrt(Cbarp ** 7 / (Cbarp ** 7 + 25 ** 7));
  const Sl = 1 + (0.015 * (Lbar - 50) ** 2) / Math.sqrt(20 + (Lbar - 50) ** 2);
  const Sc = 1 + 0.045 * Cbarp;
  const Sh = 1 + 0.015 * Cbarp * T;
  const Rt = -Math.sin(2 * dTheta * rad) * Rc;
  return Math.sqrt((dLp / Sl) ** 2 + (dCp / Sc) ** 2 + (dHp / Sh) ** 2 + Rt * (dCp / Sc) * (dHp / Sh));
}

/** How far apart two hex colours look, to typical vision or with a deficiency. */
export function distance(hex1: string, hex2: string, deficiency?: Deficiency): number {
  const see = (hex: string) => (deficiency ? simulate(parseHex(hex), deficiency) : parseHex(hex));
  return ciede2000(toLab(see(hex1)), toLab(see(hex2)));
}

/** WCAG 2 contrast ratio of two hex colours (1..21). */
export function contrast(hex1: string, hex2: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = parseHex(hex).map(toLinear) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(hex1), luminance(hex2)].sort((a, b) => b - a) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
