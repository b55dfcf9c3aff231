#!/usr/bin/env python3
"""Fill an empty local nereid-server with a demo project to explore: demo/sweep (key SWP).

Eight runs of a made-up learning-rate sweep: parameters, train/loss and train/accuracy over a few
thousand steps, validation metrics, text logs, tags and group tags, a confusion-matrix image per epoch
(val/confusion, a file series) and a checkpoint file (model/checkpoint); two runs failed (one diverged to
NaN). A ninth run is left active: a detached process keeps logging to it for --live-seconds, so the
app has a live run to follow. Does nothing when the project already has runs.

    python3 examples/seed_demo.py --url http://127.0.0.1:8765 --token-file ~/.local/share/nereid/server/token
"""

import argparse
import datetime
import math
import os
import random
import subprocess
import sys
import time
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "clients", "python"))

import nereid  # noqa: E402
from nereid.types import File  # noqa: E402

from demo_images import heatmap  # noqa: E402

PROJECT, KEY = "demo/sweep", "SWP"
SWEEP = [  # (learning rate, warmup, optimizer, fails after this fraction of the steps, or None)
    (0.1, 0, "sgd", None), (0.03, 0, "sgd", None), (0.01, 0, "sgd", None), (0.003, 500, "adam", None),
    (0.001, 500, "adam", None), (0.0003, 500, "adam", None), (1.0, 0, "sgd", 0.3), (0.01, 200, "adam", 0.77),
]


def curves(lr, optimizer, seed, step):
    """A plausible loss and accuracy at ``step``: best near lr 0.03 for SGD and 0.001 for Adam."""
    rng = random.Random(seed * 100003 + step)
    distance = abs(math.log10(lr / (0.03 if optimizer == "sgd" else 0.001)))  # 0 at the best rate
    floor = 0.12 + 0.3 * distance ** 2
    loss = floor + (2.3 - floor) * math.exp(-step / (250.0 * (1 + 2 * distance)))
    loss *= 1 + rng.gauss(0, 0.04)
    accuracy = max(0.0, min(1.0, 0.1 + 0.9 * (2.3 - loss) / 2.2 + rng.gauss(0, 0.01)))
    return loss, accuracy


def confusion(accuracy, seed, classes=10):
    """A made-up confusion matrix (rows: true class, columns: predicted), each row summing to 1."""
    rng = random.Random(seed)
    rows = []
    for true in range(classes):
        wrong = [rng.random() for _ in range(classes)]
        wrong[true] = 0.0
        total = sum(wrong)
        rows.append([accuracy if c == true else (1 - accuracy) * w / total for c, w in enumerate(wrong)])
    return rows


def seed_run(index, lr, warmup, optimizer, fails, steps, started):
    fails_at = None if fails is None else int(fails * steps)
    group = "adam" if optimizer == "adam" else "sgd"
    run = nereid.init_run(project=PROJECT, custom_run_id="demo-%d" % index, name="%s lr=%g" % (optimizer, lr),
                          description="Learning-rate sweep, run %d of %d" % (index + 1, len(SWEEP)),
                          tags=["sweep", optimizer] + (["best"] if (lr, optimizer) == (0.03, "sgd") else []),
                          capture_stdout=False, capture_stderr=False, capture_hardware_metrics=False,
                          fail_on_exception=False)
    run["sys/group_tags"].add([group, "lr-%g" % lr])
    run["params"] = {"lr": lr, "warmup_steps": warmup, "optimizer": optimizer, "batch_size": 64, "epochs": 10,
                     "model": {"layers": 4, "hidden": 256, "dropout": 0.1}}
    run["data"] = {"name": "cifar10", "train_size": 50000, "normalized": True,
                   "prepared_at": datetime.datetime.fromtimestamp(started - 3600, datetime.timezone.utc)}
    run["data/augmentations"].add(["flip", "crop"] + (["cutout"] if optimizer == "adam" else []))
    last = steps if fails_at is None else fails_at
    per_epoch = steps // 10
    for step in range(last):
        loss, accuracy = curves(lr, optimizer, index, step)
        if fails_at is not None and step > fails_at - 50:
            loss = loss * 3 ** (step - fails_at + 50) if lr >= 1.0 else loss  # diverges to NaN
        stamp = started + step * 0.05
        run["train/loss"].append(loss if loss < 1e6 else float("nan"), step=step, timestamp=stamp)
        run["train/accuracy"].append(accuracy, step=step, timestamp=stamp)
        if step % per_epoch == per_epoch - 1:
            epoch = step // per_epoch
            val_loss, val_accuracy = curves(lr, optimizer, index + 50, step)
            run["val/loss"].append(val_loss * 1.1, step=epoch, timestamp=stamp)
            run["val/accuracy"].append(val_accuracy * 0.97, step=epoch, timestamp=stamp)
            run["train/log"].append("epoch %d done: loss %.4f, val accuracy %.3f" % (epoch, loss, val_accuracy),
                                    timestamp=stamp)
            image = heatmap(confusion(val_accuracy, index * 100 + epoch))
            run["val/confusion"].append(File.from_content(image, extension="png"), step=epoch, timestamp=stamp,
                                        name="epoch %d" % epoch,
                                        description="validation accuracy %.3f" % val_accuracy)
    if fails_at is None:
        run["eval/accuracy"] = curves(lr, optimizer, index + 99, steps)[1]
        weights = random.Random(index).randbytes(4096) if hasattr(random.Random, "randbytes") else bytes(4096)
        run["model/checkpoint"].upload(File.from_content(weights, extension="pt"))
    else:
        reason = "loss is NaN" if lr >= 1.0 else "CUDA out of memory"
        run["train/log"].append("step %d: stopping, %s" % (fails_at, reason))
        run["monitoring/traceback"].extend(["Traceback (most recent call last):", '  File "train.py", line 88',
                                            "RuntimeError: %s" % reason])
        run["sys/failed"] = True
    run.stop()


def live(steps, seconds):
    """The detached process behind the active run: a point a second, as a slow training would."""
    run = nereid.init_run(project=PROJECT, custom_run_id="demo-live", name="adam lr=0.002 (running)",
                          tags=["sweep", "adam", "live"], capture_stdout=False, capture_stderr=False,
                          flush_period=1)
    run["sys/group_tags"].add(["adam", "lr-0.002"])
    run["params"] = {"lr": 0.002, "warmup_steps": 500, "optimizer": "adam", "batch_size": 64, "epochs": 10}
    for step in range(steps):
        loss, accuracy = curves(0.002, "adam", 77, step)
        run["train/loss"].append(loss, step=step)
        run["train/accuracy"].append(accuracy, step=step)
    deadline = time.monotonic() + seconds
    step = steps
    while time.monotonic() < deadline:
        time.sleep(1)
        for _ in range(10):
            loss, accuracy = curves(0.002, "adam", 77, step)
            run["train/loss"].append(loss, step=step)
            run["train/accuracy"].append(accuracy, step=step)
            step += 1
        run["train/log"].append("step %d: loss %.4f" % (step, loss))
    run.stop()


def wait_for_server(url, seconds):
    """True once GET /api/v1/health answers (the server may still be starting when this is called)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url.rstrip("/") + "/api/v1/health", timeout=2) as answer:
                return answer.status == 200
        except OSError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.2)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default=os.environ.get("NEREID_API_URL", "http://127.0.0.1:8765"))
    default_token = os.path.join(os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share"),
                                 "nereid", "server", "token")
    parser.add_argument("--token-file", help="file holding the API token (default: NEREID_API_TOKEN, else %s)"
                        % default_token)
    parser.add_argument("--steps", type=int, default=3000, help="steps per run")
    parser.add_argument("--live-seconds", type=int, default=600, help="how long the active run keeps logging")
    parser.add_argument("--wait-seconds", type=float, default=15, help="how long to wait for the server to start")
    parser.add_argument("--live-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ["NEREID_API_URL"] = args.url
    if args.token_file or not os.environ.get("NEREID_API_TOKEN"):
        with open(os.path.expanduser(args.token_file or default_token)) as file:
            os.environ["NEREID_API_TOKEN"] = file.read().strip()
    # The disk queue of the seeder's runs, wherever it is started from.
    os.environ.setdefault("NEREID_DATA_DIRECTORY", os.path.join(os.path.expanduser("~"), ".cache", "nereid", "seed"))
    if args.live_child:
        live(args.steps // 3, args.live_seconds)
        return 0
    if not wait_for_server(args.url, args.wait_seconds):
        print("No nereid-server answers at %s; nothing seeded." % args.url, file=sys.stderr)
        return 1
    if PROJECT not in nereid.management.get_project_list():
        nereid.management.create_project(PROJECT, key=KEY, description="A made-up learning-rate sweep to explore")
    elif len(nereid.init_project(PROJECT).fetch_runs_table(trashed=None, limit=1)) > 0:
        print("%s already has runs; nothing to seed." % PROJECT)
        return 0
    started = time.time() - len(SWEEP) * args.steps * 0.05
    for index, (lr, warmup, optimizer, fails) in enumerate(SWEEP):
        seed_run(index, lr, warmup, optimizer, fails, args.steps, started + index * args.steps * 0.05)
    if args.live_seconds > 0:
        subprocess.Popen([sys.executable, os.path.abspath(__file__), "--live-child", "--url", args.url,
                          "--steps", str(args.steps), "--live-seconds", str(args.live_seconds)],
                         env=os.environ, start_new_session=True, stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print("Seeded %s with %d runs%s." % (PROJECT, len(SWEEP), " and a live one" if args.live_seconds > 0 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
