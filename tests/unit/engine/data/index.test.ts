import { describe, expect, it } from 'vitest';
import { datasetIds, datasets, getDataset, generate, trainTestSplit, isDatasetId } from '../../../../src/engine/data/index.ts';
import type { Data } from '../../../../src/engine/data/index.ts';

function rowsOf(data: Data): string[] {
  const rows: string[] = [];
  for (let i = 0; i < data.n; i++) {
    const x = Array.from(data.X.subarray(i * data.inputDim, (i + 1) * data.inputDim));
    const y = Array.from(data.Y.subarray(i * data.outputDim, (i + 1) * data.outputDim));
    rows.push(JSON.stringify([x, y]));
  }
  return rows;
}

describe('dataset table', () => {
  it('lists the seven datasets with their loss and shape', () => {
    expect(datasetIds).toEqual(['xor', 'moons', 'circles', 'spirals', 'blobs', 'sparse', 'sine']);
    for (const id of datasetIds) {
      const info = datasets[id];
      expect(info.id).toBe(id);
      expect(info.title.length).toBeGreaterThan(0);
      expect(info.loss).toBe(id === 'sine' ? 'mse' : 'bce');
      expect(info.task).toBe(id === 'sine' ? 'regression' : 'classification');
      expect([info.inputDim, info.outputDim]).toEqual(id === 'sine' ? [1, 1] : [2, 1]);
    }
  });

  it('getDataset throws a RangeError listing the valid ids', () => {
    expect(getDataset('moons')).toBe(datasets.moons);
    expect(isDatasetId('moons')).toBe(true);
    expect(isDatasetId('toString')).toBe(false);
    expect(() => getDataset('mnist')).toThrow(RangeError);
    expect(() => getDataset('toString')).toThrow(/xor, moons, circles, spirals, blobs, sparse, sine/);
  });
});

describe.each(datasetIds)('%s', (id) => {
  const info = getDataset(id);

  it('has the requested size and shape', () => {
    for (const n of [1, 2, 51, 200]) {
      const data = generate(id, n, { seed: 1 });
      expect(data.n).toBe(n);
      expect(data.inputDim).toBe(info.inputDim);
      expect(data.outputDim).toBe(info.outputDim);
      expect(data.X.length).toBe(n * info.inputDim);
      expect(data.Y.length).toBe(n * info.outputDim);
    }
  });

  it('is deterministic under a seed', () => {
    const a = generate(id, 100, { seed: 42, noise: 0.1 });
    const b = generate(id, 100, { seed: 42, noise: 0.1 });
    const c = generate(id, 100, { seed: 43, noise: 0.1 });
    expect(Array.from(a.X)).toEqual(Array.from(b.X));
    expect(Array.from(a.Y)).toEqual(Array.from(b.Y));
    expect(Array.from(a.X)).not.toEqual(Array.from(c.X));
  });

  it('stays inside its plot domain when noiseless', () => {
    const data = generate(id, 500, { seed: 3, noise: 0 });
    const [[x0, x1], [y0, y1]] = info.domain;
    for (let i = 0; i < data.n; i++) {
      const x = data.X[i * data.inputDim]!;
      const y = info.inputDim === 2 ? data.X[i * 2 + 1]! : data.Y[i]!;
      expect(x).toBeGreaterThanOrEqual(x0);
      expect(x).toBeLessThanOrEqual(x1);
      // Blobs are Gaussian: allow their rare far tail.
      if (id !== 'blobs') {
        expect(y).toBeGreaterThanOrEqual(y0);
        expect(y).toBeLessThanOrEqual(y1);
      }
    }
  });

  it('rejects a bad n or noise', () => {
    expect(() => generate(id, 0)).toThrow(/n must/);
    expect(() => generate(id, 2.5)).toThrow(RangeError);
    expect(() => generate(id, 10, { noise: -1 })).toThrow(/noise/);
    expect(() => generate(id, 10, { noise: NaN })).toThrow(/noise/);
  });
});

describe.each(datasetIds.filter((id) => id !== 'sine'))('classification set %s', (id) => {
  it('has 0/1 labels split evenly and shuffled', () => {
    for (const n of [100, 101]) {
      const data = generate(id, n, { seed: 5 });
      const ones = data.Y.reduce((s, y) => s + y, 0);
      expect(data.Y.every((y) => y === 0 || y === 1)).toBe(true);
      expect(ones).toBe(n - Math.floor(n / 2));
      // Shuffled: the first half is not all one class.
      const firstHalfOnes = data.Y.subarray(0, 50).reduce((s, y) => s + y, 0);
      expect(firstHalfOnes).toBeGreaterThan(10);
      expect(firstHalfOnes).toBeLessThan(40);
    }
  });

  it('noise moves points by about its standard deviation', () => {
    const clean = generate(id, 400, { seed: 9, noise: 0 });
    const noisy = generate(id, 400, { seed: 9, noise: 0.2 });
    // Same seed, same stream: row i of both sets is the same point, moved by noise · N(0, 1).
    expect(Array.from(noisy.Y)).toEqual(Array.from(clean.Y));
    // `sparse` adds noise to x only (its rare input y stays exactly 0 where it is absent).
    const moved = id === 'sparse' ? (i: number) => i % 2 === 0 : () => true;
    let sumSq = 0;
    let count = 0;
    for (let i = 0; i < noisy.X.length; i++) {
      if (!moved(i)) continue;
      sumSq += (noisy.X[i]! - clean.X[i]!) ** 2;
      count++;
    }
    const rms = Math.sqrt(sumSq / count);
    expect(rms).toBeGreaterThan(0.18);
    expect(rms).toBeLessThan(0.22);
  });
});

describe('shapes', () => {
  it('xor labels follow the sign of x·y when noiseless', () => {
    const d = generate('xor', 300, { noise: 0, seed: 2 });
    for (let i = 0; i < d.n; i++) expect(d.Y[i]).toBe(d.X[2 * i]! * d.X[2 * i + 1]! > 0 ? 1 : 0);
  });

  it('circles: label 0 on radius 1, label 1 on radius 0.5 when noiseless', () => {
    const d = generate('circles', 100, { noise: 0, seed: 2 });
    for (let i = 0; i < d.n; i++)
      expect(Math.hypot(d.X[2 * i]!, d.X[2 * i + 1]!)).toBeCloseTo(d.Y[i] === 0 ? 1 : 0.5, 12);
  });

  it('moons: label 0 on the upper unit half circle when noiseless', () => {
    const d = generate('moons', 100, { noise: 0, seed: 2 });
    for (let i = 0; i < d.n; i++) {
      const [x, y] = [d.X[2 * i]!, d.X[2 * i + 1]!];
      if (d.Y[i] === 0) expect(Math.hypot(x, y)).toBeCloseTo(1, 12);
      else expect(Math.hypot(x - 1, y - 0.5)).toBeCloseTo(1, 12);
    }
  });

  it('sine: y = sin(x) exactly without noise, x in [-π, π]', () => {
    const d = generate('sine', 100, { noise: 0, seed: 2 });
    for (let i = 0; i < d.n; i++) {
      expect(Math.abs(d.X[i]!)).toBeLessThanOrEqual(Math.PI);
      expect(d.Y[i]).toBe(Math.sin(d.X[i]!));
    }
  });
});

describe('trainTestSplit', () => {
  it('is disjoint and complete, with the requested sizes', () => {
    const data = generate('moons', 250, { seed: 1 });
    const { train, test } = trainTestSplit(data, 0.2, 7);
    expect([train.n, test.n]).toEqual([200, 50]);
    expect(train.X.length).toBe(400);
    expect(test.Y.length).toBe(50);
    const all = rowsOf(data).sort();
    const split = [...rowsOf(train), ...rowsOf(test)].sort();
    expect(split).toEqual(all);
    expect(new Set(all).size).toBe(250); // rows are distinct, so equality of multisets means a partition
  });

  it('is deterministic under a seed and shuffles', () => {
    const data = generate('sine', 50, { seed: 1 });
    const a = trainTestSplit(data, 0.3, 1);
    const b = trainTestSplit(data, 0.3, 1);
    const c = trainTestSplit(data, 0.3, 2);
    expect(Array.from(a.test.X)).toEqual(Array.from(b.test.X));
    expect(Array.from(a.test.X)).not.toEqual(Array.from(c.test.X));
    expect(Array.from(a.train.X)).not.toEqual(Array.from(data.X.subarray(15)));
  });

  it('allows an empty test set and rejects bad fractions', () => {
    const data = generate('xor', 10);
    expect(trainTestSplit(data, 0, 1).test.n).toBe(0);
    expect(trainTestSplit(data, 0, 1).train.n).toBe(10);
    expect(trainTestSplit(data, 0.99, 1).train.n).toBe(1);
    expect(() => trainTestSplit(data, 1, 1)).toThrow(/testFraction/);
    expect(() => trainTestSplit(data, -0.1, 1)).toThrow(RangeError);
  });
});
