#!/usr/bin/python3
"""Reference trajectories for the optimizers in src/engine/optim, computed independently with PyTorch.

Regenerate (Debian/Ubuntu; needs PyTorch >= 1.13 for the Python that runs this file):

    apt-get install -y python3-torch        # Debian's torch, for /usr/bin/python3
    /usr/bin/python3 tests/golden/generate.py
    npx vitest run tests/unit/engine/optim/golden.test.ts

It writes tests/golden/trajectories.json. Review the diff before committing: a golden file that
changes is a behaviour change. When the unit test fails it writes trajectories-changed.json
(ignored by git) with what the engine produced instead, for a diff against trajectories.json.

Independence: nothing here is imported from the TypeScript code. Each surface is written again
below in torch and differentiated by autograd (so the golden file also checks the analytic
gradients in src/engine/problems), and each optimizer is torch.optim's own, in float64:

    sgd       torch.optim.SGD(lr)
    momentum  torch.optim.SGD(lr, momentum=mu, dampening=0)    same path: v_ours = lr * buf_torch
    nag       torch.optim.SGD(lr, momentum=mu, nesterov=True)  torch's params are our look-ahead
                                                               points w - mu v ("compare": "lookahead")
    adagrad   torch.optim.Adagrad(lr, lr_decay=0, initial_accumulator_value=0, eps)
    rmsprop   torch.optim.RMSprop(lr, alpha=gamma, eps, momentum=0, centered=False)
    adam      torch.optim.Adam(lr, betas=(beta1, beta2), eps)
    adamw     torch.optim.AdamW(lr, betas=(beta1, beta2), eps, weight_decay)

A spec's weightDecay is torch's weight_decay (0 when absent). A spec's schedule is a torch
scheduler stepped after every optimizer step (see torch_scheduler):

    step           torch.optim.lr_scheduler.StepLR(step_size, gamma)
    exponential    ExponentialLR(gamma)
    cosine         CosineAnnealingLR(T_max, eta_min)
    warmup         LinearLR(start_factor, end_factor=1, total_iters)
    warmup-cosine  SequentialLR([LinearLR(start_factor, 1, warmupSteps),
                                 CosineAnnealingLR(tMax - warmupSteps, eta_min)], milestones=[warmupSteps])

"schedules" holds, for each schedule case, the learning rate torch's scheduler gave each step.
The cases added with weight decay, AdamW and the schedules come after the original ones, so
that the original lines of trajectories.json stay as they were.

torch has no switch to turn off Adam's bias correction, so the cases with biasCorrection = false
use the plain-Python loop `adam_without_bias_correction` below (gradients still from autograd).
All three adaptive methods add eps outside the square root in torch 1.13, as the engine does.
"""

import json
import math
import os

import torch

torch.set_default_dtype(torch.float64)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "trajectories.json")


# The surfaces, written independently of src/engine/problems. p is a 1-element or 2-element tensor.
def quadratic1d(p):
    return p[0] ** 2


def two_minima(p):
    w = p[0]
    return w**4 / 4 - 2 * w**3 / 15 - 24 * w**2 / 25


def plateau(p):
    return 1 - torch.exp(-p[0] ** 2 / 2)


def ill_conditioned(p):
    x, y = p[0], p[1]
    return (x + y) ** 2 / 4 + 5 * (x - y) ** 2


def rosenbrock(p):
    x, y = p[0], p[1]
    return (1 - x) ** 2 + 100 * (y - x**2) ** 2


def beale(p):
    x, y = p[0], p[1]
    return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y**2) ** 2 + (2.625 - x + x * y**3) ** 2


def himmelblau(p):
    x, y = p[0], p[1]
    return (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2


def saddle(p):
    x, y = p[0], p[1]
    return x**2 + (y**2 - 1) ** 2 / 4


def ravine(p):
    x, y = p[0], p[1]
    return x**2 / 20 + 5 * (y - torch.sin(x)) ** 2


def rastrigin(p):
    x, y = p[0], p[1]
    return x**2 + y**2 + 2 * (2 - torch.cos(2 * math.pi * x) - torch.cos(2 * math.pi * y))


SURFACES = {
    "quadratic1d": (quadratic1d, [-1.5]),
    "twoMinima": (two_minima, [-2.2]),
    "plateau": (plateau, [3.5]),
    "illConditioned": (ill_conditioned, [-2.5, -0.5]),
    "rosenbrock": (rosenbrock, [-1.2, 1.0]),
    "beale": (beale, [1.0, 1.5]),
    "himmelblau": (himmelblau, [0.0, 0.0]),
    "saddle": (saddle, [-1.8, 0.001]),
    "ravine": (ravine, [-5.0, -1.0]),
    "rastrigin": (rastrigin, [2.3, -2.6]),
}

# The cases: (problem, spec, steps). Every hyperparameter the optimizer uses is spelled out, so
# the golden file does not depend on either side's defaults. Learning rates are chosen so that no
# run diverges and none is chaotic (rounding differences must not grow past 1e-9).
def cases():
    table = {
        # problem: (sgd lrs, momentum/nag (lr, mu) pairs, adagrad lrs, rmsprop (lr, gamma), adam (lr, b1, b2, eps))
        "quadratic1d": ([0.1, 0.9], [(0.05, 0.9), (0.3, 0.5)], [0.5], [(0.01, 0.99), (0.005, 0.9)], [(0.1, 0.9, 0.999, 1e-8)]),
        "twoMinima": ([0.01, 0.1], [(0.01, 0.9), (0.02, 0.7)], [0.5, 1.0], [(0.01, 0.99), (0.002, 0.9)], [(0.05, 0.9, 0.999, 1e-8), (0.1, 0.8, 0.99, 1e-6)]),
        "plateau": ([0.5], [(0.1, 0.9)], [0.1], [(0.01, 0.99)], [(0.05, 0.9, 0.999, 1e-8)]),
        "illConditioned": ([0.02, 0.095], [(0.01, 0.9), (0.02, 0.5)], [0.1, 0.5], [(0.01, 0.99), (0.003, 0.9)], [(0.05, 0.9, 0.999, 1e-8), (0.1, 0.8, 0.99, 1e-6)]),
        "rosenbrock": ([0.001, 0.002], [(0.0005, 0.9), (0.001, 0.8)], [0.1, 0.5], [(0.001, 0.99), (0.0005, 0.9)], [(0.01, 0.9, 0.999, 1e-8), (0.05, 0.5, 0.999, 1e-8)]),
        "beale": ([0.001, 0.005], [(0.0005, 0.9), (0.001, 0.5)], [0.1, 0.5], [(0.001, 0.99), (0.01, 0.9)], [(0.01, 0.9, 0.999, 1e-8), (0.05, 0.9, 0.99, 1e-8)]),
        "himmelblau": ([0.001, 0.01], [(0.001, 0.9), (0.005, 0.5)], [0.1, 0.5], [(0.01, 0.99), (0.05, 0.9)], [(0.05, 0.9, 0.999, 1e-8), (0.1, 0.8, 0.99, 1e-8)]),
        "saddle": ([0.1, 0.3], [(0.05, 0.9), (0.1, 0.5)], [0.1, 0.5], [(0.01, 0.99), (0.05, 0.9)], [(0.05, 0.9, 0.999, 1e-8)]),
        "ravine": ([0.05], [(0.01, 0.9)], [0.5], [(0.01, 0.99)], [(0.05, 0.9, 0.999, 1e-8)]),
        "rastrigin": ([0.01], [(0.005, 0.9)], [0.1], [(0.01, 0.99)], [(0.05, 0.9, 0.999, 1e-8)]),
    }
    steps = 200
    out = []
    for problem, (sgd_lrs, mom, ada, rms, adams) in table.items():
        for lr in sgd_lrs:
            out.append((problem, {"name": "sgd", "lr": lr}, steps))
        for lr, mu in mom:
            out.append((problem, {"name": "momentum", "lr": lr, "momentum": mu}, steps))
            out.append((problem, {"name": "nag", "lr": lr, "momentum": mu}, steps))
        for lr in ada:
            out.append((problem, {"name": "adagrad", "lr": lr, "eps": 1e-10}, steps))
        for lr, gamma in rms:
            out.append((problem, {"name": "rmsprop", "lr": lr, "decay": gamma, "eps": 1e-8}, steps))
        for lr, b1, b2, eps in adams:
            spec = {"name": "adam", "lr": lr, "beta1": b1, "beta2": b2, "eps": eps, "biasCorrection": True}
            out.append((problem, spec, steps))
        lr, b1, b2, eps = adams[0]
        spec = {"name": "adam", "lr": lr, "beta1": b1, "beta2": b2, "eps": eps, "biasCorrection": False}
        out.append((problem, spec, steps))
    return out + extra_cases(steps)


def extra_cases(steps):
    """Weight decay on each optimizer, AdamW, and each schedule on an optimizer (added later)."""
    sgd = lambda lr, **k: {"name": "sgd", "lr": lr, **k}
    mom = lambda name, lr, mu, **k: {"name": name, "lr": lr, "momentum": mu, **k}
    ada = lambda lr, **k: {"name": "adagrad", "lr": lr, "eps": 1e-10, **k}
    rms = lambda lr, gamma, **k: {"name": "rmsprop", "lr": lr, "decay": gamma, "eps": 1e-8, **k}
    adam = lambda name, lr, **k: {"name": name, "lr": lr, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "biasCorrection": True, **k}
    out = []
    for problem in ["illConditioned", "himmelblau"]:
        out += [
            (problem, sgd(0.01, weightDecay=0.1), steps),
            (problem, mom("momentum", 0.005, 0.9, weightDecay=0.1), steps),
            (problem, mom("nag", 0.005, 0.9, weightDecay=0.1), steps),
            (problem, ada(0.5, weightDecay=0.1), steps),
            (problem, rms(0.01, 0.9, weightDecay=0.1), steps),
            (problem, adam("adam", 0.05, weightDecay=0.1), steps),
            (problem, adam("adamw", 0.05, weightDecay=0.01), steps),
            (problem, adam("adamw", 0.05, weightDecay=0.5), steps),
        ]
    out += [
        ("rosenbrock", adam("adamw", 0.01, weightDecay=0.1), steps),
        ("illConditioned", sgd(0.095, schedule={"name": "step", "stepSize": 50, "gamma": 0.5}), steps),
        ("illConditioned", adam("adam", 0.05, schedule={"name": "constant"}), steps),
        ("rosenbrock", mom("momentum", 0.001, 0.8, schedule={"name": "exponential", "gamma": 0.99}), steps),
        ("himmelblau", mom("momentum", 0.005, 0.5, schedule={"name": "cosine", "tMax": 60, "minLr": 0}), steps),
        ("himmelblau", mom("nag", 0.005, 0.5, schedule={"name": "cosine", "tMax": 60, "minLr": 0}), steps),
        ("illConditioned", mom("nag", 0.01, 0.9, weightDecay=0.05, schedule={"name": "step", "stepSize": 30, "gamma": 0.5}), steps),
        ("beale", ada(0.5, schedule={"name": "warmup", "warmupSteps": 20, "startFactor": 0.25}), steps),
        ("himmelblau", rms(0.05, 0.9, schedule={"name": "warmup-cosine", "warmupSteps": 20, "tMax": 150, "startFactor": 0.1, "minLr": 0.001}), steps),
        ("rosenbrock", adam("adam", 0.05, schedule={"name": "warmup-cosine", "warmupSteps": 10, "tMax": 200, "startFactor": 1 / 3, "minLr": 0}), steps),
        ("rosenbrock", adam("adamw", 0.01, weightDecay=0.1, schedule={"name": "cosine", "tMax": 200, "minLr": 1e-4}), steps),
    ]
    return out


def schedule_cases():
    """(schedule, steps) pairs for the table of learning rates; base lr 0.1."""
    return [
        ({"name": "constant"}, 200),
        ({"name": "step", "stepSize": 30, "gamma": 0.1}, 200),
        ({"name": "step", "stepSize": 7, "gamma": 0.8}, 200),
        ({"name": "exponential", "gamma": 0.97}, 200),
        ({"name": "exponential", "gamma": 1.01}, 200),
        ({"name": "cosine", "tMax": 200, "minLr": 0}, 200),
        ({"name": "cosine", "tMax": 50, "minLr": 0.001}, 200),
        ({"name": "warmup", "warmupSteps": 5, "startFactor": 1 / 3}, 200),
        ({"name": "warmup", "warmupSteps": 40, "startFactor": 0.01}, 200),
        ({"name": "warmup-cosine", "warmupSteps": 10, "tMax": 200, "startFactor": 1 / 3, "minLr": 0}, 200),
        ({"name": "warmup-cosine", "warmupSteps": 25, "tMax": 100, "startFactor": 0.05, "minLr": 0.002}, 200),
    ]


def torch_optimizer(spec, params):
    name = spec["name"]
    wd = spec.get("weightDecay", 0)
    if name == "sgd":
        return torch.optim.SGD(params, lr=spec["lr"], weight_decay=wd, foreach=False)
    if name == "momentum":
        return torch.optim.SGD(params, lr=spec["lr"], momentum=spec["momentum"], dampening=0, weight_decay=wd, foreach=False)
    if name == "nag":
        return torch.optim.SGD(params, lr=spec["lr"], momentum=spec["momentum"], dampening=0, nesterov=True, weight_decay=wd, foreach=False)
    if name == "adagrad":
        return torch.optim.Adagrad(params, lr=spec["lr"], lr_decay=0, initial_accumulator_value=0, eps=spec["eps"], weight_decay=wd, foreach=False)
    if name == "rmsprop":
        return torch.optim.RMSprop(params, lr=spec["lr"], alpha=spec["decay"], eps=spec["eps"], momentum=0, centered=False, weight_decay=wd, foreach=False)
    if name in ("adam", "adamw"):
        assert spec["biasCorrection"]
        cls = torch.optim.Adam if name == "adam" else torch.optim.AdamW
        return cls(params, lr=spec["lr"], betas=(spec["beta1"], spec["beta2"]), eps=spec["eps"], weight_decay=wd, foreach=False)
    raise ValueError(name)


def torch_scheduler(schedule, opt):
    """The torch scheduler for a schedule spec, or None for a constant rate."""
    lrs = torch.optim.lr_scheduler
    name = schedule["name"] if schedule else "constant"
    if name == "constant":
        return None
    if name == "step":
        return lrs.StepLR(opt, step_size=schedule["stepSize"], gamma=schedule["gamma"])
    if name == "exponential":
        return lrs.ExponentialLR(opt, gamma=schedule["gamma"])
    if name == "cosine":
        return lrs.CosineAnnealingLR(opt, T_max=schedule["tMax"], eta_min=schedule["minLr"])
    if name == "warmup":
        return lrs.LinearLR(opt, start_factor=schedule["startFactor"], end_factor=1.0, total_iters=schedule["warmupSteps"])
    if name == "warmup-cosine":
        w = schedule["warmupSteps"]
        warm = lrs.LinearLR(opt, start_factor=schedule["startFactor"], end_factor=1.0, total_iters=w)
        cos = lrs.CosineAnnealingLR(opt, T_max=schedule["tMax"] - w, eta_min=schedule["minLr"])
        return lrs.SequentialLR(opt, [warm, cos], milestones=[w])
    raise ValueError(name)


def schedule_values(schedule, lr, steps):
    """The learning rate torch uses at steps 1..steps: read before each optimizer.step()."""
    p = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([p], lr=lr)
    sched = torch_scheduler(schedule, opt)
    values = []
    for _ in range(steps):
        values.append(opt.param_groups[0]["lr"])
        opt.step()
        if sched is not None:
            sched.step()
    return values


def gradient(f, point):
    p = torch.tensor(point, requires_grad=True)
    f(p).backward()
    return p.grad.tolist()


def adam_without_bias_correction(f, start, spec, steps):
    """Adam with m_hat = m and s_hat = s, in plain Python floats (torch has no such switch)."""
    lr, b1, b2, eps = spec["lr"], spec["beta1"], spec["beta2"], spec["eps"]
    w = list(start)
    m = [0.0] * len(w)
    s = [0.0] * len(w)
    path = [list(w)]
    for _ in range(steps):
        g = gradient(f, w)
        for i in range(len(w)):
            m[i] = b1 * m[i] + (1 - b1) * g[i]
            s[i] = b2 * s[i] + (1 - b2) * g[i] * g[i]
            w[i] = w[i] - lr * m[i] / (math.sqrt(s[i]) + eps)
        path.append(list(w))
    return path


def torch_path(f, start, spec, steps):
    p = torch.tensor(start, requires_grad=True)
    opt = torch_optimizer(spec, [p])
    sched = torch_scheduler(spec.get("schedule"), opt)
    path = [p.detach().tolist()]
    for _ in range(steps):
        opt.zero_grad()
        f(p).backward()
        opt.step()
        if sched is not None:
            sched.step()
        path.append(p.detach().tolist())
    return path


def check_well_conditioned(problem, spec, steps, flat):
    """Rejects a case whose path amplifies tiny differences (e.g. RMSProp hovering at a minimum,
    where it divides a vanishing gradient by its vanishing root mean square): there, rounding
    alone would make two correct implementations disagree by more than the test's 1e-9.
    Moving the start by 1e-12 must move no point by more than 1e-9 (rounding errors are ~1e-16)."""
    f, start = SURFACES[problem]
    nudged = [x + 1e-12 * max(1.0, abs(x)) for x in start]
    name = spec["name"]
    if name == "adam" and not spec["biasCorrection"]:
        other = adam_without_bias_correction(f, nudged, spec, steps)
    else:
        other = torch_path(f, nudged, spec, steps)
    worst = max(abs(a - b) / max(1.0, abs(b)) for a, b in zip((x for p in other for x in p), flat))
    if worst > 1e-9:
        raise SystemExit(f"{case_id(problem, spec)} is too sensitive to rounding ({worst:.1e}): change its settings")


def schedule_id(schedule):
    rest = ",".join(f"{k}={v}" for k, v in schedule.items() if k != "name")
    return f"{schedule['name']}({rest})"


def case_id(problem, spec):
    rest = ",".join(f"{k}={schedule_id(v) if k == 'schedule' else v}" for k, v in spec.items() if k != "name")
    return f"{problem}/{spec['name']}({rest})"


def main():
    out = []
    for problem, spec, steps in cases():
        f, start = SURFACES[problem]
        if spec["name"] == "adam" and not spec["biasCorrection"]:
            path, reference = adam_without_bias_correction(f, start, spec, steps), "plain Python (no torch switch)"
        else:
            path, reference = torch_path(f, start, spec, steps), f"torch {torch.__version__}"
        flat = [x for point in path for x in point]
        if not all(math.isfinite(x) and abs(x) < 1e6 for x in flat):
            raise SystemExit(f"{case_id(problem, spec)} diverged: pick a smaller learning rate")
        check_well_conditioned(problem, spec, steps, flat)
        out.append(
            {
                "id": case_id(problem, spec),
                "problem": problem,
                "spec": spec,
                "start": start,
                "steps": steps,
                # nag: torch's parameters are the look-ahead points w - mu v, not w.
                "compare": "lookahead" if spec["name"] == "nag" else "params",
                "reference": reference,
                "trajectory": flat,
            }
        )
    schedules = [
        {"id": schedule_id(schedule), "schedule": schedule, "lr": 0.1, "steps": steps, "reference": f"torch {torch.__version__}", "values": schedule_values(schedule, 0.1, steps)}
        for schedule, steps in schedule_cases()
    ]
    doc = {
        "about": "Reference optimizer trajectories; regenerate with /usr/bin/python3 tests/golden/generate.py",
        "layout": "trajectory = start point then the point after each step, flattened: x0, y0, x1, y1, ...",
        "cases": out,
    }
    with open(OUT, "w") as fh:
        # One case per line, so that a diff shows which cases changed. Python's float repr is
        # the shortest string that round-trips (at most 17 significant digits).
        head = json.dumps({k: v for k, v in doc.items() if k != "cases"}, indent=2)[:-2]
        lines = ",\n".join("    " + json.dumps(case, separators=(",", ":")) for case in out)
        rows = ",\n".join("    " + json.dumps(row, separators=(",", ":")) for row in schedules)
        fh.write(f'{head},\n  "cases": [\n{lines}\n  ],\n  "schedules": [\n{rows}\n  ]\n}}\n')
    print(f"wrote {len(out)} cases and {len(schedules)} schedules to {os.path.relpath(OUT)} ({os.path.getsize(OUT) / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
