#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>

namespace nereid::test {

// The PNG file of `image`, as a test uploads it (the targets that use this link Qt's Gui).
inline QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace nereid::test
