#include "appicon.h"

namespace nereid {

QIcon AppIcon::icon()
{
    QIcon builtIn;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        builtIn.addFile(QStringLiteral(":/icons/nereid-%1.png").arg(size), QSize(size, size));
    return QIcon::fromTheme(QStringLiteral("nereid"), builtIn);
}

} // namespace nereid
