"""The diagnostics charts of nereid.integrations.sklearn, drawn with matplotlib and scikit-learn's displays.
Each returns a PNG File, or None (with a warning) when matplotlib is missing or the chart cannot be drawn."""

from __future__ import annotations

import functools
import warnings
from typing import Any, Callable, Dict, Optional

import numpy
from sklearn import metrics
from sklearn.base import clone

from ..types import File, FileSeries
from ._common import new_figure, optional

__all__ = ["create_learning_curve_chart", "create_feature_importance_chart", "create_residuals_chart",
           "create_prediction_error_chart", "create_cooks_distance_chart", "create_classification_report_chart",
           "create_confusion_matrix_chart", "create_roc_auc_chart", "create_precision_recall_chart",
           "create_class_prediction_error_chart", "create_kelbow_chart", "create_silhouette_chart"]


def _chart(title: str) -> Callable[[Callable[..., None]], Callable[..., Optional[File]]]:
    """Turns a function that draws on an Axes into one that returns the PNG, or None after a warning."""
    def wrap(draw: Callable[..., None]) -> Callable[..., Optional[File]]:
        @functools.wraps(draw)
        def chart(*args: Any, **kwargs: Any) -> Optional[File]:
            if optional("matplotlib", "the %s chart" % title) is None:
                return None
            figure = new_figure()
            try:
                draw(figure.subplots(), *args, **kwargs)
            except Exception as error:  # a chart that cannot be drawn must not lose the rest of the summary
                warnings.warn("The %s chart was not logged: %s" % (title, error), stacklevel=2)
                return None
            figure.suptitle(title)
            return File.as_image(figure)
        return chart
    return wrap


def _classes(classifier: Any, y_test: Any) -> Any:
    return getattr(classifier, "classes_", numpy.unique(y_test))


@_chart("learning curve")
def create_learning_curve_chart(ax: Any, regressor: Any, X_train: Any, y_train: Any) -> None:
    from sklearn.model_selection import learning_curve

    sizes, train, valid = learning_curve(clone(regressor), X_train, y_train, cv=3, train_sizes=numpy.linspace(.2, 1, 5))
    ax.plot(sizes, train.mean(axis=1), "o-", label="training score")
    ax.plot(sizes, valid.mean(axis=1), "o-", label="cross-validation score")
    ax.set(xlabel="training examples", ylabel="score")
    ax.legend()


@_chart("feature importance")
def create_feature_importance_chart(ax: Any, regressor: Any, X_train: Any, y_train: Any) -> None:
    importance = getattr(regressor, "feature_importances_", None)
    if importance is None:
        importance = numpy.abs(numpy.atleast_2d(regressor.coef_)).mean(axis=0)  # linear models: |coefficients|
    names = getattr(X_train, "columns", None)
    names = list(map(str, names)) if names is not None else ["feature %d" % i for i in range(len(importance))]
    order = numpy.argsort(importance)
    ax.barh([names[i] for i in order], importance[order])


@_chart("residuals")
def create_residuals_chart(ax: Any, regressor: Any, X_train: Any, X_test: Any, y_train: Any, y_test: Any) -> None:
    metrics.PredictionErrorDisplay.from_estimator(regressor, X_test, y_test, kind="residual_vs_predicted", ax=ax)


@_chart("prediction error")
def create_prediction_error_chart(ax: Any, regressor: Any, X_train: Any, X_test: Any, y_train: Any,
                                  y_test: Any) -> None:
    metrics.PredictionErrorDisplay.from_estimator(regressor, X_test, y_test, kind="actual_vs_predicted", ax=ax)


@_chart("Cook's distance")
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


@_chart("classification report")
def create_classification_report_chart(ax: Any, classifier: Any, X_train: Any, X_test: Any, y_train: Any,
                                       y_test: Any) -> None:
    precision, recall, f1, support = metrics.precision_recall_fscore_support(y_test, classifier.predict(X_test))
    grid = numpy.column_stack([precision, recall, f1])
    ax.imshow(grid, cmap="YlOrRd", vmin=0, vmax=1, aspect="auto")
    for (row, column), value in numpy.ndenumerate(grid):
        ax.text(column, row, "%.3f" % value, ha="center", va="center")
    labels = ["%s (%d)" % (c, s) for c, s in zip(_classes(classifier, y_test), support)]
    ax.set(xticks=range(3), xticklabels=["precision", "recall", "f1"], yticks=range(len(labels)), yticklabels=labels)


@_chart("confusion matrix")
def create_confusion_matrix_chart(ax: Any, classifier: Any, X_train: Any, X_test: Any, y_train: Any,
                                  y_test: Any) -> None:
    metrics.ConfusionMatrixDisplay.from_estimator(classifier, X_test, y_test, ax=ax, colorbar=False)


def _one_vs_rest(ax: Any, display: Any, classifier: Any, y_test: Any, y_pred_proba: Any) -> None:
    classes = _classes(classifier, y_test)
    for index, name in enumerate(classes):
        if len(classes) == 2 and index == 0:
            continue  # a binary classifier: the positive class says it all
        display.from_predictions(numpy.asarray(y_test) == name, y_pred_proba[:, index], name=str(name), ax=ax)


@_chart("ROC-AUC")
def create_roc_auc_chart(ax: Any, classifier: Any, X_train: Any, X_test: Any, y_train: Any, y_test: Any) -> None:
    _one_vs_rest(ax, metrics.RocCurveDisplay, classifier, y_test, classifier.predict_proba(X_test))


@_chart("precision-recall")
def create_precision_recall_chart(ax: Any, classifier: Any, X_test: Any, y_test: Any, y_pred_proba: Any = None) -> None:
    proba = classifier.predict_proba(X_test) if y_pred_proba is None else y_pred_proba
    _one_vs_rest(ax, metrics.PrecisionRecallDisplay, classifier, y_test, proba)


@_chart("class prediction error")
def create_class_prediction_error_chart(ax: Any, classifier: Any, X_train: Any, X_test: Any, y_train: Any,
                                        y_test: Any) -> None:
    classes = _classes(classifier, y_test)
    matrix = metrics.confusion_matrix(y_test, classifier.predict(X_test), labels=classes)
    bottom = numpy.zeros(len(classes))
    for column, name in enumerate(classes):  # each true class's bar, split by the class predicted
        ax.bar([str(c) for c in classes], matrix[:, column], bottom=bottom, label="predicted %s" % name)
        bottom += matrix[:, column]
    ax.set(xlabel="actual class", ylabel="number of predictions")
    ax.legend()


@_chart("k-means elbow")
def create_kelbow_chart(ax: Any, model: Any, X: Any, **kwargs: Any) -> None:
    model.set_params(**kwargs)
    counts = range(2, kwargs.get("n_clusters", 10) + 1)
    ax.plot(list(counts), [clone(model).set_params(n_clusters=k).fit(X).inertia_ for k in counts], "o-")
    ax.set(xlabel="k (clusters)", ylabel="inertia (distortion)")


@_chart("silhouette")
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


def classifier_charts(classifier: Any, X_train: Any, X_test: Any, y_train: Any, y_test: Any) -> Dict[str, Any]:
    both = (classifier, X_train, X_test, y_train, y_test)
    drawn = {"classification_report": create_classification_report_chart(*both),
             "confusion_matrix": create_confusion_matrix_chart(*both), "ROC_AUC": create_roc_auc_chart(*both),
             "precision_recall": create_precision_recall_chart(classifier, X_test, y_test),
             "class_prediction_error": create_class_prediction_error_chart(*both)}
    return {"diagnostics_charts/" + name: file for name, file in drawn.items() if file is not None}


def regressor_charts(regressor: Any, X_train: Any, X_test: Any, y_train: Any, y_test: Any) -> Dict[str, Any]:
    both = (regressor, X_train, X_test, y_train, y_test)
    drawn = {"learning_curve": create_learning_curve_chart(regressor, X_train, y_train),
             "feature_importance": create_feature_importance_chart(regressor, X_train, y_train),
             "residuals": create_residuals_chart(*both), "prediction_error": create_prediction_error_chart(*both),
             "cooks_distance": create_cooks_distance_chart(regressor, X_train, y_train)}
    return {"diagnostics_charts/" + name: file for name, file in drawn.items() if file is not None}


def kmeans_charts(model: Any, X: Any) -> Dict[str, Any]:
    drawn = {"kelbow": create_kelbow_chart(model, X), "silhouette": create_silhouette_chart(model, X)}
    return {"diagnostics_charts/" + name: file for name, file in drawn.items()
            if file is not None and getattr(file, "values", True)}  # an empty FileSeries has nothing to show
