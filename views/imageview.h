#pragma once

#include <QImage>
#include <QScrollArea>

class QLabel;

namespace nereid {

// An image in the preview pane and the gallery's full view, fitted to the pane at first and zoomed with + and -
// (or Ctrl+= and Ctrl+-), 0 for fit, 1 for actual size, and the mouse wheel; the pane scrolls when it is larger.
class ImageView : public QScrollArea
{
    Q_OBJECT

public:
    explicit ImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    const QImage &image() const { return m_image; }

    // The shown size over the image's: 1 is actual size.
    double zoom() const { return m_zoom; }
    bool isFitted() const { return m_fit; }
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualSize();

signals:
    void zoomChanged(double zoom);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setZoom(double zoom);
    void apply();
    double fittedZoom() const;

    QLabel *m_label;
    QImage m_image;
    double m_zoom = 1;
    bool m_fit = true;
};

} // namespace nereid
