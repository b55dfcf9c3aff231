#include "plotdocksettings.h"

#include <QSettings>

namespace nereid::PlotDockSettings {

namespace {

QString scatterGroup(const QString &project)
{
    return QStringLiteral("scatterPlot/") + project;
}

QString parallelGroup(const QString &project)
{
    return QStringLiteral("parallelCoordinates/") + project;
}

} // namespace

std::optional<Scatter> scatter(const QString &project)
{
    QSettings settings;
    settings.beginGroup(scatterGroup(project));
    if (!settings.contains(QStringLiteral("x")))
        return std::nullopt;
    return Scatter{settings.value(QStringLiteral("x")).toString(), settings.value(QStringLiteral("y")).toString(),
                   settings.value(QStringLiteral("color")).toString(), settings.value(QStringLiteral("logX")).toBool(),
                   settings.value(QStringLiteral("logY")).toBool()};
}

void saveScatter(const QString &project, const Scatter &choices)
{
    QSettings settings;
    settings.beginGroup(scatterGroup(project));
    settings.setValue(QStringLiteral("x"), choices.x);
    settings.setValue(QStringLiteral("y"), choices.y);
    settings.setValue(QStringLiteral("color"), choices.color);
    settings.setValue(QStringLiteral("logX"), choices.logX);
    settings.setValue(QStringLiteral("logY"), choices.logY);
}

std::optional<Parallel> parallel(const QString &project)
{
    QSettings settings;
    settings.beginGroup(parallelGroup(project));
    if (!settings.contains(QStringLiteral("axes")))
        return std::nullopt;
    Parallel choices;
    for (const QString &key : settings.value(QStringLiteral("axes")).toStringList())
        choices.axes.append(RunColumn::fromKey(key));
    // An empty key: the user chose no colouring.
    if (const QString color = settings.value(QStringLiteral("color")).toString(); !color.isEmpty())
        choices.color = RunColumn::fromKey(color);
    return choices;
}

void saveParallel(const QString &project, const Parallel &choices)
{
    QStringList axes;
    for (const RunColumn &axis : choices.axes)
        axes.append(axis.key());
    QSettings settings;
    settings.beginGroup(parallelGroup(project));
    settings.setValue(QStringLiteral("axes"), axes);
    settings.setValue(QStringLiteral("color"), choices.color ? choices.color->key() : QString());
}

} // namespace nereid::PlotDockSettings
