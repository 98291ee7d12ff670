#!/usr/bin/python3
"""Reference values of tanh for tests/unit/engine/math/tanh.test.ts, from mpmath at 40 digits.

Regenerate: python3 tests/golden/tanh.py (needs mpmath: apt-get install python3-mpmath).

Each row is [x, hi, lo]: hi is tanh(x) rounded to a double and lo the double nearest to the rest,
so hi + lo is tanh(x) to about 32 digits and a result's error in ulps can be measured. The
arguments: 600 uniform in (0, 22), 600 with magnitudes log-uniform in [2^-30, 22), 100 on each
side of 0.625 (where src/engine/math/tanh.ts switches formula), and the arguments where fdlibm's
tanh (2.06 ulp at 0.210155) and ours (1.65 ulp at 0.6288425) were furthest off over 1.2 million.
"""

import json
import os
import random

import mpmath

mpmath.mp.dps = 40
random.seed(21)
xs = [0.210155, 0.6288425]
xs += [random.uniform(0, 22) for _ in range(600)]
xs += [2.0 ** random.uniform(-30, 4.459) for _ in range(600)]
xs += [0.625 + d * 2.0**-44 for d in range(-100, 100)]
rows = []
for x in xs:
    y = mpmath.tanh(mpmath.mpf(x))
    hi = float(y)
    rows.append([x, hi, float(y - mpmath.mpf(hi))])
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "tanh.json"), "w") as f:
    json.dump(rows, f, separators=(",", ":"))
    f.write("\n")
