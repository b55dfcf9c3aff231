#pragma once

#include "domain/fileref.h"
#include "queryfield.h"

#include <optional>

namespace nereid {

// The file a field shows: a File field's file, or the last point of a file series (kept as the JSON text of its
// file object, see FieldRecord); nothing for other fields or an empty series. Here, beside the cache's stored form,
// so the models that preview, save and describe files never read JSON themselves.
std::optional<FileRef> fileOf(const QueryField &field);

} // namespace nereid
