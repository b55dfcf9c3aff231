#pragma once

#include <algorithm>
#include <cstdlib>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QRect>
#include <QWidget>

namespace nereid::test {

// What a screenshot shows, counted: the pixels of `image` inside `area` (in the grabbed widget's coordinates)
// whose colour is within `tolerance` of `colour` (the sum of the red, green and blue differences). A run's line
// in a plot, a legend marker, text in a menu row: a test asserts they are there, or not, in the saved picture.
inline int pixelsNear(const QImage &image, const QRect &area, const QColor &colour, int tolerance = 60)
{
    const qreal ratio = image.devicePixelRatio();
    const QRect pixels =
        QRect(int(area.x() * ratio), int(area.y() * ratio), int(area.width() * ratio), int(area.height() * ratio)) &
        image.rect();
    int found = 0;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y)
        for (int x = pixels.left(); x <= pixels.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green()) +
                    std::abs(pixel.blue() - colour.blue()) <
                tolerance)
                ++found;
        }
    return found;
}

// The pixels of `area` that differ from its most common colour (the background): how much is drawn there at all.
inline int pixelsDrawn(const QImage &image, const QRect &area)
{
    const qreal ratio = image.devicePixelRatio();
    const QRect pixels =
        QRect(int(area.x() * ratio), int(area.y() * ratio), int(area.width() * ratio), int(area.height() * ratio)) &
        image.rect();
    QHash<QRgb, int> counts;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y)
        for (int x = pixels.left(); x <= pixels.right(); ++x)
            ++counts[image.pixel(x, y)];
    int background = 0;
    for (const int count : std::as_const(counts))
        background = std::max(background, count);
    return int(pixels.width() * pixels.height()) - background;
}

// Whether all of `widget` is in sight within `top`: inside each of its parents up to there, none cutting it off.
inline bool wholeIn(const QWidget *widget, const QWidget *top)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->rect().contains(QRect(widget->mapTo(parent, QPoint()), widget->size())))
            return false;
        if (parent == top)
            return true;
    }
    return false;
}

} // namespace nereid::test
