#pragma once

#include "cache/runeditor.h"
#include "models/sessionmodels.h"
#include "runfixtures.h"
#include "views/mainwindow.h"

#include <memory>
#include <QJsonObject>
#include <QList>

namespace nereid::test {

// The main window over a real cache holding `runs` (the demo sweep unless given) with the project open, shown at
// `size` on the offscreen platform: what the window tests drive. Settings are cleared first, so a layout saved by
// another test does not leak in.
class DemoWindow
{
public:
    // False (with a QtTest failure logged) when the cache could not be opened or the window not shown.
    bool open(const QList<QJsonObject> &runs = {}, QSize size = {1280, 800});

    RunFixtures &fixtures() { return *m_fixtures; }
    Cache &cache() { return m_fixtures->cache(); }
    RunEditor &editor() { return *m_editor; }
    MainWindow *window() const { return m_window.get(); }
    // Selects the runs in the table, as a user's Ctrl+click would; the last one becomes the current one.
    void select(const QStringList &runIds);

private:
    std::unique_ptr<RunFixtures> m_fixtures;
    std::unique_ptr<RunEditor> m_editor;
    std::unique_ptr<SessionModels> m_models; // before the window, which it outlives
    std::unique_ptr<MainWindow> m_window;
};

} // namespace nereid::test
