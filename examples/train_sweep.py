#!/usr/bin/env python3
"""A small hyper-parameter sweep logged with nereid (the Neptune API: `import nereid as neptune`).

Trains a logistic-regression classifier on synthetic 2-D data with mini-batch SGD, in plain Python,
once per learning rate and batch size, and logs each training run: parameters, per-step loss and
accuracy, validation accuracy per epoch, text logs, tags and group tags, the decision boundary as an image per epoch
(val/boundary, a file series) and the final weights as a checkpoint file (model/checkpoint).

    NEREID_API_TOKEN=$(cat ~/.local/share/nereid/server/token) python3 examples/train_sweep.py --project me/sweep

The project is created if it does not exist. --mode offline keeps the runs in ./.nereid until
`python -m nereid sync`.
"""

import argparse
import json
import math
import os
import random
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "clients", "python"))

import nereid as neptune  # noqa: E402
from nereid.types import File  # noqa: E402

from demo_images import heatmap  # noqa: E402


def make_data(count, seed):
    """Two Gaussian blobs, labels 0 and 1."""
    rng = random.Random(seed)
    data = []
    for _ in range(count):
        label = rng.random() < 0.5
        centre = (1.0, 1.0) if label else (-1.0, -0.5)
        data.append(((rng.gauss(centre[0], 1.1), rng.gauss(centre[1], 1.1)), int(label)))
    return data


def predict(weights, x):
    z = weights[0] + weights[1] * x[0] + weights[2] * x[1]
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def accuracy(weights, data):
    return sum((predict(weights, x) >= 0.5) == bool(y) for x, y in data) / len(data)


def sgd_step(weights, batch, lr, l2):
    """One step of mini-batch gradient descent; returns the batch's mean loss and accuracy."""
    grad = [0.0, 0.0, 0.0]
    loss = correct = 0.0
    for x, y in batch:
        p = predict(weights, x)
        loss -= math.log(max(p, 1e-12)) if y else math.log(max(1.0 - p, 1e-12))
        correct += (p >= 0.5) == bool(y)
        error = p - y
        for i, feature in enumerate((1.0, x[0], x[1])):
            grad[i] += error * feature
    for i in range(3):
        weights[i] -= lr * (grad[i] / len(batch) + l2 * weights[i])
    return loss / len(batch), correct / len(batch)


def boundary(weights, size=24, extent=3.0):
    """The classifier's probability of class 1 over [-extent, extent]^2, as rows for an image."""
    coords = [extent * (2.0 * i / (size - 1) - 1.0) for i in range(size)]
    return [[predict(weights, (x, y)) for x in coords] for y in reversed(coords)]


def train(project, mode, params, epochs, train_data, val_data):
    tags = ["sweep", "logreg"]
    run = neptune.init_run(project=project, mode=mode, name="lr=%g bs=%d" % (params["lr"], params["batch_size"]),
                           tags=tags, capture_hardware_metrics=False)
    run["sys/group_tags"].add(["lr-%g" % params["lr"], "bs-%d" % params["batch_size"]])
    run["params"] = params
    run["data"] = {"train_size": len(train_data), "val_size": len(val_data), "features": 2}
    rng = random.Random(params["seed"])
    weights = [0.0, 0.0, 0.0]
    step = 0
    for epoch in range(epochs):
        rng.shuffle(train_data)
        for start in range(0, len(train_data), params["batch_size"]):
            loss, acc = sgd_step(weights, train_data[start : start + params["batch_size"]], params["lr"], params["l2"])
            run["train/loss"].append(loss, step=step)
            run["train/accuracy"].append(acc, step=step)
            step += 1
        val_acc = accuracy(weights, val_data)
        run["val/accuracy"].append(val_acc, step=epoch)
        run["train/log"].append("epoch %d: %d steps, val accuracy %.3f" % (epoch, step, val_acc))
        run["val/boundary"].append(File.from_content(heatmap(boundary(weights), cell=4), extension="png"),
                                   step=epoch, name="epoch %d" % epoch, description="val accuracy %.3f" % val_acc)
    final = accuracy(weights, val_data)
    run["eval/accuracy"] = final
    run["eval/weights"] = {"bias": weights[0], "w1": weights[1], "w2": weights[2]}
    with tempfile.TemporaryDirectory() as folder:  # a checkpoint as a training script writes one
        checkpoint = os.path.join(folder, "weights.json")
        with open(checkpoint, "w") as file:
            json.dump({"weights": weights, "params": params}, file)
        run["model/checkpoint"].upload(checkpoint)
    if final >= 0.8:
        run["sys/tags"].add("good")
    run.stop()
    return final


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--project", default=os.environ.get("NEREID_PROJECT", "examples/sweep"))
    parser.add_argument("--mode", default=os.environ.get("NEREID_MODE", "async"))
    parser.add_argument("--epochs", type=int, default=5)
    args = parser.parse_args()
    if args.mode in ("async", "sync") and args.project not in neptune.management.get_project_list():
        neptune.management.create_project(args.project)
    train_data, val_data = make_data(2000, seed=1), make_data(500, seed=2)
    for lr in (0.01, 0.1, 0.5):
        for batch_size in (16, 64):
            params = {"lr": lr, "batch_size": batch_size, "l2": 1e-4, "optimizer": "sgd", "seed": 7}
            final = train(args.project, args.mode, params, args.epochs, list(train_data), val_data)
            print("lr=%-5g batch=%-3d val accuracy %.3f" % (lr, batch_size, final))


if __name__ == "__main__":
    main()
