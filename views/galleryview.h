#pragma once

#include <QTableView>

namespace nereid {

class FileContents;
class GalleryModel;

// The image series gallery (issue 18): runs down, steps across, a thumbnail in each cell. Arrow keys move from step
// to step and run to run; a click or Enter opens the full image in a window of its own, zoomable like the preview.
// Rows and columns have fixed sizes, so scrolling never measures a cell.
class GalleryView : public QTableView
{
    Q_OBJECT

public:
    GalleryView(GalleryModel *model, FileContents *contents, QWidget *parent = nullptr);

    // Opens the full image of the cell (a no-op on a cell without one); the window, for tests.
    QWidget *openImage(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    FileContents *m_contents;
};

} // namespace nereid
