"""The container classes under the module name Neptune 1.x gives them (`neptune.metadata_containers`), for code
that checks `isinstance(obj, Run)` or annotates with them. Runs, models and model versions share
MetadataContainer; a Project is not one here."""

from ._container import MetadataContainer
from .model import Model
from .model_version import ModelVersion
from .project import Project
from .run import Run

__all__ = ["MetadataContainer", "Model", "ModelVersion", "Project", "Run"]
