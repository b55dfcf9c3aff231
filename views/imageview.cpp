#include "imageview.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPixmap>
#include <QWheelEvent>

namespace nereid {

namespace {
constexpr double Step = 1.25;
constexpr double MinZoom = 1.0 / 64;
constexpr double MaxZoom = 64;
} // namespace

ImageView::ImageView(QWidget *parent)
    : QScrollArea(parent)
    , m_label(new QLabel)
{
    setObjectName(QStringLiteral("imageView"));
    m_label->setAlignment(Qt::AlignCenter);
    setWidget(m_label);
    setAlignment(Qt::AlignCenter);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Dark);
}

void ImageView::setImage(const QImage &image)
{
    m_image = image;
    m_fit = true;
    apply();
}

double ImageView::fittedZoom() const
{
    if (m_image.isNull())
        return 1;
    const QSize room = maximumViewportSize() - QSize(2, 2);
    // A small image is shown at its size, not blown up into blur.
    return std::min({1.0, double(room.width()) / m_image.width(), double(room.height()) / m_image.height()});
}

void ImageView::apply()
{
    if (m_fit)
        m_zoom = fittedZoom();
    if (m_image.isNull()) {
        m_label->clear();
        m_label->resize(0, 0);
        return;
    }
    const QSize size = (QSizeF(m_image.size()) * m_zoom).toSize().expandedTo(QSize(1, 1));
    // Smooth scaling down; up, pixels stay sharp squares, which is what one zooms in to see.
    const Qt::TransformationMode mode = m_zoom < 1 ? Qt::SmoothTransformation : Qt::FastTransformation;
    m_label->setPixmap(QPixmap::fromImage(m_image.scaled(size, Qt::IgnoreAspectRatio, mode)));
    m_label->resize(size);
    emit zoomChanged(m_zoom);
}

void ImageView::setZoom(double zoom)
{
    m_fit = false;
    m_zoom = std::clamp(zoom, MinZoom, MaxZoom);
    apply();
}

void ImageView::zoomIn()
{
    setZoom(m_zoom * Step);
}

void ImageView::zoomOut()
{
    setZoom(m_zoom / Step);
}

void ImageView::fitToWindow()
{
    m_fit = true;
    apply();
}

void ImageView::actualSize()
{
    setZoom(1);
}

void ImageView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return zoomIn();
    case Qt::Key_Minus:
        return zoomOut();
    case Qt::Key_0:
        return fitToWindow();
    case Qt::Key_1:
        return actualSize();
    default:
        QScrollArea::keyPressEvent(event);
    }
}

void ImageView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return QScrollArea::wheelEvent(event);
    delta > 0 ? zoomIn() : zoomOut();
    event->accept();
}

void ImageView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (m_fit)
        apply();
}

} // namespace nereid
