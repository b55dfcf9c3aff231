#pragma once

#include <QColor>
#include <QHash>
#include <QObject>

namespace nereid {

// The colour of each run in every chart of a project (issue 17): ChartPalette's, unless the user chose another
// (a chart legend's or the table row's context menu). The chosen colours are kept per project in QSettings
// ("runColors/<project>", id -> #rrggbb), so a run keeps its colour across sessions.
class RunColors : public QObject
{
    Q_OBJECT

public:
    explicit RunColors(QObject *parent = nullptr);

    static QString settingsKey(const QString &project);
    // Reads the colours chosen for `project`.
    void setProject(const QString &project);
    QColor colorFor(const QString &runId) const;
    bool isChosen(const QString &runId) const { return m_chosen.contains(runId); }
    // An invalid colour gives the run its palette colour back.
    void setColor(const QString &runId, const QColor &color);

signals:
    void colorChanged(const QString &runId);

private:
    void save() const;

    QString m_project;
    QHash<QString, QColor> m_chosen;
};

} // namespace nereid
