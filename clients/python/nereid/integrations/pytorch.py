"""A torch model's training in a run: ``NeptuneLogger(run, model=model)`` before the training loop.

Fields (below ``base_namespace``, "training" by default), as neptune-pytorch writes them:
    plots/parameters/<name>    each parameter's norm, every log_freq forward passes (log_parameters=True)
    plots/gradients/<name>     each parameter's gradient norm, every log_freq backward passes (log_gradients=True)
    model/summary              str(model) (log_model_diagram=True; model/visualization needs torchviz and dot)
    model/<name>.pt            log_model(): the model's state_dict as saved by torch.save()
    model/checkpoints/<name>.pt   log_checkpoint(): the same, checkpoint_1.pt, checkpoint_2.pt, ... by default
Read a state_dict back with ``run["training/model/model.pt"].download("model.pt"); torch.load("model.pt")``.
"""

from __future__ import annotations

import io
import warnings
from typing import Any, Dict, Optional


from ..types import File
from ._common import check_type, missing, namespace, record_integration

try:
    import torch
except ImportError as error:
    raise missing("pytorch", "torch", "torch", "python3-torch") from error

__all__ = ["NeptuneLogger"]


class NeptuneLogger:
    """Hooks into ``model`` to log parameter and gradient norms; saves its weights on request."""

    def __init__(self, run: Any, model: Optional[torch.nn.Module] = None, *, base_namespace: str = "training",
                 log_model_diagram: bool = False, log_gradients: bool = False, log_parameters: bool = False,
                 log_freq: int = 100) -> None:
        check_type("model", model, (torch.nn.Module,))
        for name, value in (("log_model_diagram", log_model_diagram), ("log_gradients", log_gradients),
                            ("log_parameters", log_parameters)):
            check_type(name, value, (bool,))
        check_type("log_freq", log_freq, (int,))
        if log_freq < 1:
            raise ValueError("log_freq must be at least 1, not %d." % log_freq)
        self.run, self.model, self.log_freq = run, model, log_freq
        self._base_namespace = base_namespace
        self._handler = namespace(run, base_namespace)
        self.ckpt_number = 1
        self._hooks = []
        self._counts: Dict[str, int] = {}
        if log_model_diagram:
            self._handler["model/summary"] = str(model)
            warnings.warn("log_model_diagram logs model/summary (str(model)); nereid draws no model/visualization "
                          "image.")
        if log_gradients:
            for name, parameter in model.named_parameters():
                if parameter.requires_grad:
                    self._hooks.append(parameter.register_hook(self._gradient_hook(name)))
        if log_parameters:
            self._hooks.append(model.register_forward_hook(self._parameters_hook))
        record_integration(self._handler, "pytorch")

    @property
    def base_namespace(self) -> str:
        return self._base_namespace

    def _due(self, key: str) -> bool:
        """True every log_freq-th time ``key`` happens."""
        self._counts[key] = self._counts.get(key, 0) + 1
        return self._counts[key] % self.log_freq == 0

    def _gradient_hook(self, name: str) -> Any:
        def hook(gradient: torch.Tensor) -> None:
            if self._due("gradient " + name):
                self._handler["plots/gradients"][name].append(float(gradient.detach().norm()))
        return hook

    def _parameters_hook(self, module: torch.nn.Module, inputs: Any, output: Any) -> None:
        if self._due("forward"):
            with torch.no_grad():
                for name, parameter in module.named_parameters():
                    self._handler["plots/parameters"][name].append(float(parameter.norm()))

    def _save(self, target: Any, name: str) -> None:
        buffer = io.BytesIO()
        torch.save(self.model.state_dict(), buffer)
        target[name].upload(File.from_content(buffer.getvalue(), extension="pt"))

    def log_model(self, model_name: Optional[str] = None) -> None:
        """The model's state_dict as model/<model_name>.pt (model/model.pt by default)."""
        self._save(self._handler["model"], (model_name or "model") + ".pt")

    def log_checkpoint(self, checkpoint_name: Optional[str] = None) -> None:
        """The model's state_dict as model/checkpoints/<checkpoint_name>.pt (checkpoint_<n>.pt by default)."""
        if checkpoint_name is None:
            checkpoint_name = "checkpoint_%d" % self.ckpt_number
            self.ckpt_number += 1
        self._save(self._handler["model/checkpoints"], checkpoint_name + ".pt")

    def remove_hooks(self) -> None:
        """Stops logging norms. The hooks otherwise live as long as the model (they keep this logger alive too)."""
        for hook in self._hooks:
            hook.remove()
        self._hooks.clear()
