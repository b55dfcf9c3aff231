#pragma once

#include <QString>

namespace nereid {

// A project's short key, the first part of its run ids (CLS in CLS-3):
// 1 to 10 upper-case ASCII letters or digits, at least one of them a letter.
namespace ProjectKey {

constexpr qsizetype MaxLength = 10;

bool isValid(QStringView key);

// A key for a project that was created without one: the project name's letters and digits,
// upper-cased, at most three of them, starting with a letter ("image-segmentation" -> "IMA").
QString suggestFor(QStringView projectName);

} // namespace ProjectKey

} // namespace nereid
