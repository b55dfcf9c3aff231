"""The regressor and k-means charts of nereid.integrations.sklearn (the summaries' diagnostics_charts)."""

from __future__ import annotations

from typing import Any, Dict

import numpy
from sklearn import metrics
from sklearn.base import clone

from ..types import FileSeries
from ._sklearn_chart import chart, drawn

__all__ = ["create_learning_curve_chart", "create_feature_importance_chart", "create_residuals_chart",
           "create_prediction_error_chart", "create_cooks_distance_chart", "create_kelbow_chart",
           "create_silhouette_chart"]


@chart("learning curve")
def create_learning_curve_chart(ax: Any, regressor: Any, X_train: Any, y_train: Any) -> None:
    from sklearn.model_selection import learning_curve

    sizes, train, valid = learning_curve(clone(regressor), X_train, y_train, cv=3, train_sizes=numpy.linspace(.2, 1, 5))
    ax.plot(sizes, train.mean(axis=1), "o-", label="training score")
    ax.plot(sizes, valid.mean(axis=1), "o-", label="cross-validation score")
    ax.set(xlabel="training examples", ylabel="score")
    ax.legend()


@chart("feature importance")
def create_feature_importance_chart(ax: Any, regressor: Any, X_train: Any, y_train: Any) -> None:
    importance = getattr(regressor, "feature_importances_", None)
    if importance is None:
        importance = numpy.abs(numpy.atleast_2d(regressor.coef_)).mean(axis=0)  # linear models: |coefficients|
    names = getattr(X_train, "columns", None)
    names = list(map(str, names)) if names is not None else ["feature %d" % i for i in range(len(importance))]
    order = numpy.argsort(importance)
    ax.barh([names[i] for i in order], importance[order])


@chart("residuals")
def create_residuals_chart(ax: Any, regressor: Any, X_train: Any, X_test: Any, y_train: Any, y_test: Any) -> None:
    metrics.PredictionErrorDisplay.from_estimator(regressor, X_test, y_test, kind="residual_vs_predicted", ax=ax)


@chart("prediction error")
def create_prediction_error_chart(ax: Any, regressor: Any, X_train: Any, X_test: Any, y_train: Any,
                                  y_test: Any) -> None:
    metrics.PredictionErrorDisplay.from_estimator(regressor, X_test, y_test, kind="actual_vs_predicted", ax=ax)


@chart("Cook's distance")
def create_cooks_distance_chart(ax: Any, regressor: Any, X_train: Any, y_train: Any) -> None:
    """Each training example's influence on a least-squares fit of y_train on X_train."""
    X = numpy.column_stack([numpy.ones(len(X_train)), numpy.asarray(X_train, dtype=float)])
    y = numpy.asarray(y_train, dtype=float)
    inverse = numpy.linalg.pinv(X.T @ X)
    leverage = numpy.einsum("ij,jk,ik->i", X, inverse, X)
    residual = y - X @ (inverse @ X.T @ y)
    rank = X.shape[1]
    mse = residual @ residual / max(len(y) - rank, 1)
    distance = residual ** 2 / (rank * mse) * leverage / (1 - leverage) ** 2
    ax.stem(distance, markerfmt=",")
    ax.axhline(4 / len(y), ls="--", label="4/n")
    ax.set(xlabel="training example", ylabel="Cook's distance")
    ax.legend()

@chart("k-means elbow")
def create_kelbow_chart(ax: Any, model: Any, X: Any, **kwargs: Any) -> None:
    model.set_params(**kwargs)
    counts = range(2, kwargs.get("n_clusters", 10) + 1)
    ax.plot(list(counts), [clone(model).set_params(n_clusters=k).fit(X).inertia_ for k in counts], "o-")
    ax.set(xlabel="k (clusters)", ylabel="inertia (distortion)")


@chart("silhouette")
def _silhouette(ax: Any, model: Any, X: Any) -> None:
    labels = model.fit_predict(X)
    values = metrics.silhouette_samples(X, labels)
    low = 0
    for cluster in range(model.n_clusters):
        mine = numpy.sort(values[labels == cluster])
        ax.fill_betweenx(numpy.arange(low, low + len(mine)), 0, mine)
        low += len(mine) + 10
    ax.axvline(values.mean(), ls="--")
    ax.set(xlabel="silhouette coefficient", ylabel="examples by cluster", title="k = %d" % model.n_clusters)


def create_silhouette_chart(model: Any, X: Any, **kwargs: Any) -> FileSeries:
    """One chart for each k from 2 to the model's n_clusters."""
    model.set_params(**kwargs)
    files = [_silhouette(clone(model).set_params(n_clusters=k), X) for k in range(2, model.n_clusters + 1)]
    return FileSeries([file for file in files if file is not None])


def regressor_charts(regressor: Any, X_train: Any, X_test: Any, y_train: Any, y_test: Any) -> Dict[str, Any]:
    both = (regressor, X_train, X_test, y_train, y_test)
    return drawn({"learning_curve": create_learning_curve_chart(regressor, X_train, y_train),
                  "feature_importance": create_feature_importance_chart(regressor, X_train, y_train),
                  "residuals": create_residuals_chart(*both), "prediction_error": create_prediction_error_chart(*both),
                  "cooks_distance": create_cooks_distance_chart(regressor, X_train, y_train)})


def kmeans_charts(model: Any, X: Any) -> Dict[str, Any]:
    return drawn({"kelbow": create_kelbow_chart(model, X), "silhouette": create_silhouette_chart(model, X)})
