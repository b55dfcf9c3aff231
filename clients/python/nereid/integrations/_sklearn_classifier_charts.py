"""The classifier charts of nereid.integrations.sklearn (create_classifier_summary's diagnostics_charts)."""

from __future__ import annotations

from typing import Any, Dict

import numpy
from sklearn import metrics

from ._sklearn_chart import chart, drawn

__all__ = ["create_classification_report_chart", "create_confusion_matrix_chart", "create_roc_auc_chart",
           "create_precision_recall_chart", "create_class_prediction_error_chart"]


def _classes(classifier: Any, y_test: Any) -> Any:
    return getattr(classifier, "classes_", numpy.unique(y_test))


@chart("classification report")
def create_classification_report_chart(ax: Any, classifier: Any, X_train: Any, X_test: Any, y_train: Any,
                                       y_test: Any) -> None:
    precision, recall, f1, support = metrics.precision_recall_fscore_support(y_test, classifier.predict(X_test))
    grid = numpy.column_stack([precision, recall, f1])
    ax.imshow(grid, cmap="YlOrRd", vmin=0, vmax=1, aspect="auto")
    for (row, column), value in numpy.ndenumerate(grid):
        ax.text(column, row, "%.3f" % value, ha="center", va="center")
    labels = ["%s (%d)" % (c, s) for c, s in zip(_classes(classifier, y_test), support)]
    ax.set(xticks=range(3), xticklabels=["precision", "recall", "f1"], yticks=range(len(labels)), yticklabels=labels)


@chart("confusion matrix")
def create_confusion_matrix_chart(ax: Any, classifier: Any, X_train: Any, X_test: Any, y_train: Any,
                                  y_test: Any) -> None:
    metrics.ConfusionMatrixDisplay.from_estimator(classifier, X_test, y_test, ax=ax, colorbar=False)


def _one_vs_rest(ax: Any, display: Any, classifier: Any, y_test: Any, y_pred_proba: Any) -> None:
    classes = _classes(classifier, y_test)
    for index, name in enumerate(classes):
        if len(classes) == 2 and index == 0:
            continue  # a binary classifier: the positive class says it all
        display.from_predictions(numpy.asarray(y_test) == name, y_pred_proba[:, index], name=str(name), ax=ax)


@chart("ROC-AUC")
def create_roc_auc_chart(ax: Any, classifier: Any, X_train: Any, X_test: Any, y_train: Any, y_test: Any) -> None:
    _one_vs_rest(ax, metrics.RocCurveDisplay, classifier, y_test, classifier.predict_proba(X_test))


@chart("precision-recall")
def create_precision_recall_chart(ax: Any, classifier: Any, X_test: Any, y_test: Any, y_pred_proba: Any = None) -> None:
    proba = classifier.predict_proba(X_test) if y_pred_proba is None else y_pred_proba
    _one_vs_rest(ax, metrics.PrecisionRecallDisplay, classifier, y_test, proba)


@chart("class prediction error")
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


def classifier_charts(classifier: Any, X_train: Any, X_test: Any, y_train: Any, y_test: Any) -> Dict[str, Any]:
    both = (classifier, X_train, X_test, y_train, y_test)
    return drawn({"classification_report": create_classification_report_chart(*both),
                  "confusion_matrix": create_confusion_matrix_chart(*both), "ROC_AUC": create_roc_auc_chart(*both),
                  "precision_recall": create_precision_recall_chart(classifier, X_test, y_test),
                  "class_prediction_error": create_class_prediction_error_chart(*both)})
