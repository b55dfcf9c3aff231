#include "queryfieldfile.h"

#include <QJsonDocument>

namespace nereid {

std::optional<FileRef> fileOf(const QueryField &field)
{
    if (field.type() == FieldType::File)
        return FileRef::fromStored(field.value().toObject());
    if (field.type() == FieldType::FileSeries && field.stringSeries().count > 0)
        return FileRef::fromStored(QJsonDocument::fromJson(field.stringSeries().last.toUtf8()).object());
    return std::nullopt;
}

} // namespace nereid
