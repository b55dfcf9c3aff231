#pragma once

#include <QIcon>

namespace nereid {

// Nereid's icon: the icon theme's "nereid" (installed in hicolor by the package), else the PNGs built into the
// app at every size the package installs, so windows and dialogs get a sharp icon at any scale.
class AppIcon
{
public:
    static QIcon icon();
};

} // namespace nereid
