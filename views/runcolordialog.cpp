#include "runcolordialog.h"

#include "models/runcolors.h"

#include <QColorDialog>
#include <QCoreApplication>

namespace nereid {

void chooseRunColor(QWidget *parent, RunColors &colors, const QString &runId)
{
    const QColor chosen = QColorDialog::getColor(
        colors.colorFor(runId), parent, QCoreApplication::translate("RunColorDialog", "Chart colour of %1").arg(runId));
    if (chosen.isValid())
        colors.setColor(runId, chosen);
}

} // namespace nereid
